import { EntityManager, EntityTarget, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';

/** Values per `IN (…)` query: far below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

/**
 * The rows whose `column` is one of `values` (repeats read once), in queries of at most 500 values each;
 * none for no values. `where` narrows every query the same way.
 */
export async function findIn<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  column: keyof T & string,
  values: readonly string[],
  where: FindOptionsWhere<T> = {},
): Promise<T[]> {
  const unique = [...new Set(values)];
  const rows: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = { ...where, [column]: In(unique.slice(i, i + CHUNK)) } as FindOptionsWhere<T>;
    rows.push(...(await m.findBy(entity, chunk)));
  }
  return rows;
}

/** `findIn` keyed by the value of `column` (one row per value, as for a unique column). */
export async function mapIn<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  column: keyof T & string,
  values: readonly string[],
): Promise<Map<string, T>> {
  return new Map((await findIn(m, entity, column, values)).map((row) => [row[column], row]));
}
