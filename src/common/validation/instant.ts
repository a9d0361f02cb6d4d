import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

/** A date, a time and a UTC offset (`Z` or ±hh:mm): an instant nobody can read in the wrong time zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function isInstantText(value: string): boolean {
  return INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * An instant in a request body. A date without a time ("2019-03-15") or a time without an offset
 * ("2019-03-15T18:00") would be read as UTC or as the server's local time, hours away from what the person
 * meant in the edition's time zone: both are refused (400, the field named) instead of guessed.
 */
export const Instant = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && isInstantText(value) ? new Date(value) : value,
    ),
    ValidateBy({
      name: 'isInstant',
      validator: { validate: (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime()) },
    }),
  );
