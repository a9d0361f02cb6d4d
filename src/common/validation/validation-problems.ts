import { getMetadataStorage, ValidationError } from 'class-validator';
import { Bilingual, interpolate } from '../i18n/language';
import { FieldProblem } from '../errors/domain-exception';
import { GENERIC_VALIDATION_MESSAGE, VALIDATION_MESSAGES } from './validation-messages';

/** The arguments a decorator was declared with (e.g. 200 for @MaxLength(200)), read from class-validator's metadata. */
function constraintArgs(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

function render(template: Bilingual, field: string, args: unknown[]): Bilingual {
  const params: Record<string, unknown> = { field };
  args.forEach((arg, i) => {
    params[String(i)] = Array.isArray(arg) ? arg.join(', ') : arg;
    if (arg && typeof arg === 'object' && !Array.isArray(arg)) params.values = Object.values(arg).join(', ');
  });
  return {
    es: `${field}: ${interpolate(template.es, params)}`,
    en: `${field}: ${interpolate(template.en, params)}`,
  };
}

/** Flattens class-validator errors into one problem per field and constraint, with dotted paths (`criteria.0.weight`). */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length > 0 && !constraints.includes('whitelistValidation')) {
      // One problem for an absent or null value, not one per constraint it fails.
      if (error.value === undefined) {
        problems.push({ field, code: 'required', message: render(VALIDATION_MESSAGES.isDefined, field, []) });
        continue;
      }
      if (error.value === null) {
        problems.push({
          field,
          code: 'isNotNull',
          message: render(VALIDATION_MESSAGES.isNotNull, field, []),
        });
        continue;
      }
    }
    for (const constraint of constraints) {
      const template = VALIDATION_MESSAGES[constraint] ?? GENERIC_VALIDATION_MESSAGE;
      problems.push({
        field,
        code: constraint,
        message: render(template, field, constraintArgs(error, constraint)),
      });
    }
    if (error.children?.length) problems.push(...toFieldProblems(error.children, field));
  }
  return problems;
}
