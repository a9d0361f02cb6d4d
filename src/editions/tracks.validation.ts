import { CommonErrors } from '../common/errors/common.errors';
import { DomainException, FieldProblem } from '../common/errors/domain-exception';
import { rubricProblems, RubricCriterion } from '../domain/editions/rubric';

/** The message of each rubric problem (API answers and bundle checks). */
export const RUBRIC_MESSAGES = {
  DUPLICATE: { es: 'la clave se repite en la rúbrica', en: 'the key is repeated in the rubric' },
  RESERVED: {
    es: 'la clave es un nombre reservado de JavaScript (constructor, toString…)',
    en: 'the key is a reserved JavaScript name (constructor, toString…)',
  },
  NOT_ABOVE_MIN: { es: 'debe ser mayor que min', en: 'must be greater than min' },
  OUT_OF_RANGE: {
    es: 'cada nivel debe estar entre min y max',
    en: 'every level must lie between min and max',
  },
};

/** Throws a 400 naming each rubric problem (`rubric.2.max`), or returns. */
export function assertValidRubric(criteria: readonly RubricCriterion[]): void {
  const problems: FieldProblem[] = rubricProblems(criteria).map((p) => {
    const field = `rubric.${p.index}.${p.field}`;
    const message = RUBRIC_MESSAGES[p.rule];
    return { field, code: p.rule, message: { es: `${field}: ${message.es}`, en: `${field}: ${message.en}` } };
  });
  if (problems.length > 0) throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, problems);
}
