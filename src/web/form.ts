import type { Type } from '@nestjs/common';
import { Language } from '../common/i18n/language';
import { DomainException, ErrorKind } from '../common/errors/domain-exception';
import { renderError } from '../common/errors/error-response';
import { createValidationPipe } from '../common/validation/validation.pipe';

/** A submitted form's values (as typed) and its problems, ready to be shown again next to each field. */
export interface FormState {
  values: Record<string, unknown>;
  /** Messages per field name (the API's field paths: `title`, `practiceDetails.problem`, `scores.impacto`). */
  errors: Record<string, string[]>;
  /** The general message (the error's own message), shown above the form. */
  message: string | null;
  /** Every field problem, for the summary at the top of the form (links to the fields). */
  summary: { field: string; message: string }[];
}

export function emptyForm(values: Record<string, unknown> = {}): FormState {
  return { values, errors: {}, message: null, summary: [] };
}

/**
 * The form again, with the problems of `error` in `language`: field problems next to their fields (the
 * message without its "field: " prefix), the error's message on top.
 */
export function formWithError(
  error: DomainException,
  values: Record<string, unknown>,
  language: Language,
): FormState {
  const body = renderError(error, language);
  const state = emptyForm(values);
  state.message = body.message;
  for (const problem of body.errors ?? []) {
    const prefix = `${problem.field}: `;
    const text = problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
    (state.errors[problem.field] ??= []).push(text);
    state.summary.push({ field: problem.field, message: text });
  }
  return state;
}

const PAGE_LEVEL = new Set([
  ErrorKind.UNAUTHENTICATED,
  ErrorKind.FORBIDDEN,
  ErrorKind.NOT_FOUND,
  ErrorKind.INTERNAL,
]);

/**
 * The error a form shows above and beside its fields (invalid data, wrong state or time, a business rule);
 * anything else — not signed in, not allowed, not found, a bug — is rethrown for the page filter.
 */
export function formError(error: unknown): DomainException {
  if (error instanceof DomainException && !PAGE_LEVEL.has(error.kind)) return error;
  throw error;
}

/**
 * Validates a plain object built from a form against an API DTO, with the very pipe the API uses (same
 * rules, same field problems); throws DomainException(VALIDATION_FAILED) like the API would.
 */
export async function toDto<T extends object>(dto: Type<T>, plain: Record<string, unknown>): Promise<T> {
  return (await createValidationPipe().transform(plain, { type: 'body', metatype: dto, data: '' })) as T;
}

/** A form body (application/x-www-form-urlencoded, parsed): every value as a string ('' when absent). */
export function text(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

/** A repeated field (checkboxes, multiple select) as a list of strings. */
export function list(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** The trimmed text, or undefined when empty (optional fields left blank are absent, as in the API). */
export function optional(body: unknown, name: string): string | undefined {
  const value = text(body, name).trim();
  return value === '' ? undefined : value;
}

/** A number typed in a form: '' → undefined, a number when it parses, else the raw text (the DTO refuses it). */
export function numberOrText(raw: string): number | string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : value;
}

/** Lines of a textarea, trimmed, blank ones dropped. */
export function lines(body: unknown, name: string): string[] {
  return text(body, name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
