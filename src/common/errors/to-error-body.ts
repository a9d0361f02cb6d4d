import { HttpException } from '@nestjs/common';
import { Language } from '../i18n/language';
import { CommonErrors } from './common.errors';
import { isUniqueViolation } from './database-errors';
import { DomainException, ErrorDefinition } from './domain-exception';
import { ErrorBody, renderError } from './error-response';

const BY_STATUS: Record<number, ErrorDefinition> = {
  400: CommonErrors.VALIDATION_FAILED,
  401: CommonErrors.UNAUTHENTICATED,
  403: CommonErrors.FORBIDDEN,
  404: CommonErrors.NOT_FOUND,
  409: CommonErrors.CONFLICT,
  413: CommonErrors.PAYLOAD_TOO_LARGE,
  415: CommonErrors.UNSUPPORTED_MEDIA_TYPE,
  429: CommonErrors.THROTTLED,
  503: CommonErrors.UNAVAILABLE,
};

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Turns anything thrown while serving a request (domain errors, Nest's HTTP exceptions, Fastify's own
 * parser and limit errors) into the one error shape. Unknown errors become 500 without details;
 * the caller logs them.
 */
export function toDomainException(exception: unknown, context: { bodyLimit?: number } = {}): DomainException {
  if (exception instanceof DomainException) return exception;
  if (exception instanceof HttpException) {
    // Nest re-throws Fastify's parser errors (bad JSON) as plain 400s; keep them distinguishable.
    if (exception.getStatus() === 400 && /JSON/i.test(exception.message)) {
      return new DomainException(CommonErrors.MALFORMED_BODY);
    }
    const definition = BY_STATUS[exception.getStatus()] ?? CommonErrors.INTERNAL;
    return new DomainException(definition, { limit: context.bodyLimit ?? '?', type: '?' });
  }
  if (isUniqueViolation(exception)) return new DomainException(CommonErrors.DUPLICATE);
  const framework = exception as FrameworkError | undefined;
  switch (framework?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainException(CommonErrors.PAYLOAD_TOO_LARGE, { limit: context.bodyLimit ?? '?' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DomainException(CommonErrors.UNSUPPORTED_MEDIA_TYPE, { type: '?' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new DomainException(CommonErrors.MALFORMED_BODY);
    default:
      break;
  }
  if (
    framework instanceof SyntaxError ||
    (framework?.statusCode === 400 && /JSON/i.test(framework.message ?? ''))
  ) {
    return new DomainException(CommonErrors.MALFORMED_BODY);
  }
  const status = framework?.statusCode;
  if (status && status >= 400 && status < 500 && BY_STATUS[status])
    return new DomainException(BY_STATUS[status]);
  return new DomainException(CommonErrors.INTERNAL);
}

export function toErrorBody(
  exception: unknown,
  language: Language,
  context: { bodyLimit?: number } = {},
): ErrorBody {
  return renderError(toDomainException(exception, context), language);
}
