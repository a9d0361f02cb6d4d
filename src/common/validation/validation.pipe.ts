import { ValidationPipe } from '@nestjs/common';
import { CommonErrors } from '../errors/common.errors';
import { DomainException } from '../errors/domain-exception';
import { toFieldProblems } from './validation-problems';

/** Whitelists and transforms DTOs; every problem becomes a field error in the common error shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target lets field messages quote the decorator's arguments (e.g. the maximum length).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) =>
      new DomainException(CommonErrors.VALIDATION_FAILED, {}, toFieldProblems(errors)),
  });
}
