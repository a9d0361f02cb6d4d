import { CommonErrors } from '../../common/errors/common.errors';
import { DomainException, FieldProblem } from '../../common/errors/domain-exception';
import { FieldRuleProblem } from '../../domain/intake/custom-fields';

/** The rule problems as the API's field problems ("fields.budget: must lie within 0–100"). */
export function toFieldProblems(problems: readonly FieldRuleProblem[]): FieldProblem[] {
  return problems.map((p) => ({
    field: p.path,
    code: p.code,
    message: { es: `${p.path}: ${p.es}`, en: `${p.path}: ${p.en}` },
  }));
}

export function invalidFields(problems: readonly FieldRuleProblem[]): DomainException {
  return new DomainException(CommonErrors.VALIDATION_FAILED, {}, toFieldProblems(problems));
}
