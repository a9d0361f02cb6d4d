import { interpolate, Language } from '../i18n/language';
import { DomainException, ErrorKind } from './domain-exception';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
}

export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case ErrorKind.BAD_INPUT:
      return 400;
    case ErrorKind.UNAUTHENTICATED:
      return 401;
    case ErrorKind.FORBIDDEN:
      return 403;
    case ErrorKind.NOT_FOUND:
      return 404;
    case ErrorKind.CONFLICT:
      return 409;
    case ErrorKind.TOO_LARGE:
      return 413;
    case ErrorKind.UNPROCESSABLE:
      return 422;
    case ErrorKind.THROTTLED:
      return 429;
    case ErrorKind.UNAVAILABLE:
      return 503;
    case ErrorKind.INTERNAL:
      return 500;
  }
}

/** A parameter may itself be bilingual ({es, en}), e.g. a deadline formatted for each language. */
function localiseParams(params: Record<string, unknown>, language: Language): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const bilingual = value as Partial<Record<Language, unknown>> | null;
    out[key] =
      bilingual && typeof bilingual === 'object' && 'es' in bilingual && 'en' in bilingual
        ? bilingual[language]
        : value;
  }
  return out;
}

export function renderError(error: DomainException, language: Language): ErrorBody {
  const body: ErrorBody = {
    statusCode: statusOf(error.kind),
    code: error.code,
    message: interpolate(error.definition.message[language], localiseParams(error.params, language)),
  };
  if (error.problems.length > 0) {
    body.errors = error.problems.map((p) => ({ field: p.field, code: p.code, message: p.message[language] }));
  }
  return body;
}
