import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, ValidateBy } from 'class-validator';

/**
 * Characters that show nothing: Unicode format characters (zero-width space and joiners, bidi controls, BOM, soft
 * hyphen), controls, and the letters that render as blank (Hangul fillers, the blank Braille pattern).
 */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const BLANK_RUN = /[\s\p{Cc}\p{Z}]+/gu;

/** The text as a person sees it: invisible characters removed, runs of blank collapsed to one space, trimmed. */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, '').replace(BLANK_RUN, ' ').trim();
}

/** Whether a person would see nothing at all in `value`. */
export function isBlank(value: string | null | undefined): boolean {
  return !value || visibleText(value).length === 0;
}

/**
 * Text a person must be able to read (names, titles, reasons, justifications): a string of at most `max`
 * characters with at least `min` (≥ 1) visible ones, so that a title of zero-width spaces counts as empty.
 */
export const VisibleText = (bounds: { min: number; max: number }): PropertyDecorator =>
  applyDecorators(
    IsString(),
    MaxLength(bounds.max),
    ValidateBy({
      name: 'visibleMinLength',
      constraints: [Math.max(1, bounds.min)],
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || visibleText(value).length >= Math.max(1, bounds.min),
      },
    }),
  );
