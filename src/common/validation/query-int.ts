import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './null-policy';

/** Plain decimal integers only: "1e308", "0x10", "1.5", " 2" or "" never become a number. */
const DECIMAL_INTEGER = /^-?\d{1,15}$/;

/**
 * An optional integer query parameter held to [min, max]. Query strings are text: anything but a plain decimal
 * integer becomes NaN and is refused (400 naming the parameter), and the bounds keep every value a safe integer
 * that SQL can take (`page=1e308` once reached an OFFSET of Infinity).
 */
export const QueryInt = (bounds: { min: number; max: number }): PropertyDecorator =>
  applyDecorators(
    Optional(),
    Transform(({ value }: { value: unknown }) => {
      if (typeof value === 'number' || value === null || value === undefined) return value;
      return typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : Number.NaN;
    }),
    IsInt(),
    Min(bounds.min),
    Max(bounds.max),
  );
