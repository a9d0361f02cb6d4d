import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

interface Lookup {
  sql: string;
  columns: EntityMetadata['columns'];
}

const lookups = new WeakMap<EntityMetadata, Lookup>();

function lookupFor(m: EntityManager, metadata: EntityMetadata): Lookup {
  let lookup = lookups.get(metadata);
  if (lookup) return lookup;
  if (
    metadata.primaryColumns.length !== 1 ||
    metadata.eagerRelations.length > 0 ||
    metadata.discriminatorColumn
  ) {
    throw new Error(
      `findById: ${metadata.name} needs one primary column, no eager relations, no inheritance`,
    );
  }
  const driver = m.connection.driver;
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
  const select = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const key = driver.escape(metadata.primaryColumns[0].databaseName);
  const table = metadata.tablePath
    .split('.')
    .map((part) => driver.escape(part))
    .join('.');
  lookup = {
    sql: `SELECT ${select} FROM ${table} WHERE ${key} = ${driver.createParameter('id', 0)}`,
    columns,
  };
  lookups.set(metadata, lookup);
  return lookup;
}

/**
 * `manager.findOneBy(Entity, { id })`, for the routes that run it on every request: the same row, the same
 * columns and the same values (hydrated by TypeORM's own driver, transformers included), without building the
 * SELECT again each time. TypeORM's query builder costs several times the query itself: in the deadline-rush
 * benchmark a primary-key lookup through findOneBy took about 7× the CPU time of the statement
 * (docs/performance.md). Entities with eager relations or inheritance are refused (findOneBy would do more).
 */
export async function findById<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  const metadata = m.connection.getMetadata(target);
  const { sql, columns } = lookupFor(m, metadata);
  const rows = await m.query<Record<string, unknown>[]>(sql, [id]);
  if (rows.length === 0) return null;
  const row = rows[0];
  const driver = m.connection.driver;
  const entity = metadata.create() as T;
  for (const column of columns) {
    const value = row[column.databaseName];
    if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}

/** findById, or the same error findOneByOrFail throws. */
export async function findByIdOrFail<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  id: string,
): Promise<T> {
  const entity = await findById(m, target, id);
  if (entity) return entity;
  // Let TypeORM build its own EntityNotFoundError (the message names the entity and the criteria).
  return m.findOneByOrFail(target, { id } as never);
}
