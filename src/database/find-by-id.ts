import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** The entity's table, quoted for the manager's database (schema-qualified where it has one). */
export function quotedTable(m: EntityManager, metadata: EntityMetadata): string {
  return metadata.tablePath
    .split('.')
    .map((part) => m.connection.driver.escape(part))
    .join('.');
}

interface Lookup {
  sql: string;
  columns: EntityMetadata['columns'];
}

const lookups = new WeakMap<EntityMetadata, Map<string, Lookup>>();

/** `SELECT <every column> FROM <table> WHERE <property> = ?`, built once per entity and property. */
function lookupFor(m: EntityManager, metadata: EntityMetadata, property: string): Lookup {
  let byProperty = lookups.get(metadata);
  if (!byProperty) lookups.set(metadata, (byProperty = new Map()));
  let lookup = byProperty.get(property);
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
  const key = metadata.columns.find((c) => c.propertyName === property && !c.isVirtual);
  if (!key) throw new Error(`findAllBy: ${metadata.name}.${property} is not a column`);
  const select = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  lookup = {
    sql: `SELECT ${select} FROM ${quotedTable(m, metadata)} WHERE ${driver.escape(key.databaseName)} = ${driver.createParameter(property, 0)}`,
    columns,
  };
  byProperty.set(property, lookup);
  return lookup;
}

async function selectBy<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  property: string,
  value: unknown,
): Promise<T[]> {
  const metadata = m.connection.getMetadata(target);
  const { sql, columns } = lookupFor(m, metadata, property);
  const rows = await m.query<Record<string, unknown>[]>(sql, [value]);
  const driver = m.connection.driver;
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
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
  const [entity] = await selectBy(m, target, metadata.primaryColumns[0].propertyName, id);
  return entity ?? null;
}

/** `manager.findBy(Entity, { [property]: value })` likewise, in the database's order. */
export function findAllBy<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  property: keyof T & string,
  value: string,
): Promise<T[]> {
  return selectBy(m, target, property, value);
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
