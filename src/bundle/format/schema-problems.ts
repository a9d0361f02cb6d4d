import type { ErrorObject } from 'ajv';
import { PathSegment, pointerSegments } from './json-path';
import { ProblemList } from './problems';

const list = (values: unknown): string =>
  (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join(', ');

/** One JSON Schema violation (as ajv reports it) as a field problem with a path and Spanish/English text. */
export function addSchemaError(problems: ProblemList, error: ErrorObject): void {
  const path: PathSegment[] = pointerSegments(error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return problems.add([...path, String(p.missingProperty)], 'required', 'es obligatorio', 'is required');
    case 'additionalProperties':
      return problems.add(
        [...path, String(p.additionalProperty)],
        'unknownField',
        'no es un campo permitido',
        'is not an allowed field',
      );
    case 'type': {
      const types = Array.isArray(p.type) ? p.type.join(' | ') : String(p.type);
      return problems.add(path, 'type', `debe ser de tipo ${types}`, `must be of type ${types}`);
    }
    case 'enum':
      return problems.add(
        path,
        'enum',
        `debe ser uno de: ${list(p.allowedValues)}`,
        `must be one of: ${list(p.allowedValues)}`,
      );
    case 'const':
      return problems.add(
        path,
        'const',
        `debe ser ${list(p.allowedValue)}`,
        `must be ${list(p.allowedValue)}`,
      );
    case 'pattern':
      return problems.add(
        path,
        'pattern',
        'no tiene el formato esperado',
        'does not have the expected format',
      );
    case 'format':
      return p.format === 'date-time'
        ? problems.add(
            path,
            'format',
            'debe ser un instante ISO 8601 con su desfase (p. ej. 2018-04-13T15:00:00.000Z)',
            'must be an ISO 8601 instant with its offset (e.g. 2018-04-13T15:00:00.000Z)',
          )
        : problems.add(
            path,
            'format',
            `no tiene el formato ${String(p.format)}`,
            `is not a valid ${String(p.format)}`,
          );
    case 'minLength':
      return problems.add(
        path,
        'minLength',
        `debe tener al menos ${String(p.limit)} caracteres`,
        `must be at least ${String(p.limit)} characters long`,
      );
    case 'maxLength':
      return problems.add(
        path,
        'maxLength',
        `debe tener como máximo ${String(p.limit)} caracteres`,
        `must be at most ${String(p.limit)} characters long`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return problems.add(
        path,
        error.keyword,
        `debe ser ${String(p.comparison)} ${String(p.limit)}`,
        `must be ${String(p.comparison)} ${String(p.limit)}`,
      );
    case 'minItems':
      return problems.add(
        path,
        'minItems',
        `debe tener al menos ${String(p.limit)} elementos`,
        `must have at least ${String(p.limit)} items`,
      );
    case 'maxItems':
      return problems.add(
        path,
        'maxItems',
        `debe tener como máximo ${String(p.limit)} elementos`,
        `must have at most ${String(p.limit)} items`,
      );
    case 'uniqueItems':
      return problems.add(
        path,
        'uniqueItems',
        `repite elementos (posiciones ${String(p.j)} y ${String(p.i)})`,
        `repeats items (positions ${String(p.j)} and ${String(p.i)})`,
      );
    default:
      return problems.add(path, error.keyword, 'no es válido', 'is not valid');
  }
}
