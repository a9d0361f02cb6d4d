import { CommonErrors } from '../common/errors/common.errors';
import { DomainException, FieldProblem } from '../common/errors/domain-exception';
import { ScoreProblem } from '../domain/judging/score-rules';

function problem(field: string, code: string, es: string, en: string): FieldProblem {
  return { field, code, message: { es: `${field}: ${es}`, en: `${field}: ${en}` } };
}

/** A 400 naming one field, in the shape of every other validation error. */
export function invalidField(field: string, code: string, es: string, en: string): DomainException {
  return new DomainException(CommonErrors.VALIDATION_FAILED, {}, [problem(field, code, es, en)]);
}

/** A 400 naming each score's problem as `scores.<criterion key>`. */
export function invalidScores(problems: readonly ScoreProblem[]): DomainException {
  return new DomainException(
    CommonErrors.VALIDATION_FAILED,
    {},
    problems.map((p) => {
      const field = `scores.${p.key}`;
      switch (p.rule) {
        case 'MISSING':
          return problem(field, 'required', 'es obligatorio', 'is required');
        case 'UNKNOWN_CRITERION':
          return problem(
            field,
            'unknownCriterion',
            'no es un criterio de la rúbrica',
            'is not a criterion of the rubric',
          );
        case 'NOT_A_NUMBER':
          return problem(field, 'isNumber', 'debe ser un número', 'must be a number');
        case 'OUT_OF_RANGE':
          return problem(
            field,
            'range',
            `debe estar entre ${p.min} y ${p.max}`,
            `must be between ${p.min} and ${p.max}`,
          );
      }
    }),
  );
}
