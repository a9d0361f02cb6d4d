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

export function renderError(error: DomainException, language: Language): ErrorBody {
  const body: ErrorBody = {
    statusCode: statusOf(error.kind),
    code: error.code,
    message: interpolate(error.definition.message[language], error.params),
  };
  if (error.problems.length > 0) {
    body.errors = error.problems.map((p) => ({ field: p.field, code: p.code, message: p.message[language] }));
  }
  return body;
}
