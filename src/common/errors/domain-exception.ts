import { Bilingual } from '../i18n/language';

/**
 * What kind of failure a domain error is. The HTTP layer maps each kind to a status code once
 * (see error-response.ts), so services never import HTTP classes.
 */
export enum ErrorKind {
  BAD_INPUT = 'BAD_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_LARGE = 'TOO_LARGE',
  UNPROCESSABLE = 'UNPROCESSABLE',
  THROTTLED = 'THROTTLED',
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

export interface ErrorDefinition {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly message: Bilingual;
}

/** One field's problem: the message is rendered in the caller's language when the response is written. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: Bilingual;
}

/**
 * Declares a module's error codes with their kind and Spanish/English messages (`{param}` placeholders),
 * keyed by code: `defineErrors({ LOCKED: { kind, es, en } })`.
 */
export function defineErrors<K extends string>(
  entries: Record<K, { kind: ErrorKind; es: string; en: string }>,
): Record<K, ErrorDefinition> {
  const out = {} as Record<K, ErrorDefinition>;
  for (const code of Object.keys(entries) as K[]) {
    const { kind, es, en } = entries[code];
    out[code] = { code, kind, message: { es, en } };
  }
  return out;
}

export class DomainException extends Error {
  constructor(
    readonly definition: ErrorDefinition,
    readonly params: Record<string, unknown> = {},
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(`${definition.code}: ${definition.message.en}`);
    this.name = 'DomainException';
  }

  get code(): string {
    return this.definition.code;
  }

  get kind(): ErrorKind {
    return this.definition.kind;
  }
}
