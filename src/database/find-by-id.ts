import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { FixedStatement, runFixedTogether } from './fixed-statements';

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

/** A read of fixed statements (sent with others by readTogether) and how its rows become its result. */
export interface FixedRead<T> extends FixedStatement {
  hydrate(rows: Record<string, unknown>[]): Promise<T> | T;
}

function hydrator<T extends ObjectLiteral>(
  m: EntityManager,
  metadata: EntityMetadata,
  columns: Lookup['columns'],
  prefix = '',
): (row: Record<string, unknown>) => T {
  const driver = m.connection.driver;
  return (row) => {
    const entity = metadata.create() as T;
    for (const column of columns) {
      const value = row[`${prefix}${column.databaseName}`];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  };
}

/** The read of findAllBy, to send with others (readTogether). */
export function allBy<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  property: keyof T & string,
  value: string,
): FixedRead<T[]> {
  const metadata = m.connection.getMetadata(target);
  const { sql, columns } = lookupFor(m, metadata, property);
  const hydrate = hydrator<T>(m, metadata, columns);
  return { sql, values: [value], hydrate: (rows) => rows.map(hydrate) };
}

type Results<R> = { -readonly [K in keyof R]: R[K] extends FixedRead<infer T> ? T : never };

/**
 * Runs several reads (allBy, eachById) together: on PostgreSQL in one round trip (runFixedTogether), on
 * SQLite one after the other. Each result is the same as its read alone.
 */
export async function readTogether<R extends readonly FixedRead<unknown>[]>(
  m: EntityManager,
  ...reads: R
): Promise<Results<R>> {
  const rows = await runFixedTogether<Record<string, unknown>>(m, reads);
  const results: unknown[] = [];
  for (let i = 0; i < reads.length; i++) results.push(await reads[i].hydrate(rows[i]));
  return results as Results<R>;
}

async function selectBy<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  property: keyof T & string,
  value: string,
): Promise<T[]> {
  const [rows] = await readTogether(m, allBy(m, target, property, value));
  return rows;
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
  const [entity] = await selectBy(m, target, metadata.primaryColumns[0].propertyName as keyof T & string, id);
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

/** A row of `target` found by its primary key: a value, or a column of an earlier row of the same lookup. */
export type ByIdLookup<T extends ObjectLiteral> = readonly [
  EntityTarget<T>,
  string | { readonly of: number; readonly column: string },
];

type Found<L> = { -readonly [K in keyof L]: L[K] extends ByIdLookup<infer T> ? T | null : never };

const joined = new WeakMap<
  EntityManager['connection'],
  Map<string, { sql: string; parts: { metadata: EntityMetadata; columns: Lookup['columns'] }[] }>
>();

/**
 * Several findById in one statement (one round trip): `findEachById(m, [TrackEntity, trackId], [EditionEntity,
 * { of: 0, column: 'editionId' }])` reads the track and its edition. Each row as findById gives it; when any
 * of them does not exist, each is looked up alone, so the caller learns which (null for the missing ones).
 * Built once per combination of entities and columns.
 */
export async function findEachById<L extends readonly ByIdLookup<ObjectLiteral>[]>(
  m: EntityManager,
  ...lookups: L
): Promise<Found<L>> {
  const [found] = await readTogether(m, eachById(m, ...lookups));
  return found;
}

/** The read of findEachById, to send with others (readTogether). */
export function eachById<L extends readonly ByIdLookup<ObjectLiteral>[]>(
  m: EntityManager,
  ...lookups: L
): FixedRead<Found<L>> {
  const metadatas = lookups.map(([target]) => m.connection.getMetadata(target));
  const key = lookups
    .map(([, by], i) => `${metadatas[i].name}:${typeof by === 'string' ? '' : `${by.of}.${by.column}`}`)
    .join('|');
  let statements = joined.get(m.connection);
  if (!statements) joined.set(m.connection, (statements = new Map()));
  let statement = statements.get(key);
  if (!statement) {
    const driver = m.connection.driver;
    const parts = metadatas.map((metadata) => ({
      metadata,
      columns: lookupFor(m, metadata, metadata.primaryColumns[0].propertyName).columns,
    }));
    const select = parts
      .flatMap(({ columns }, i) =>
        columns.map(
          (c) => `t${i}.${driver.escape(c.databaseName)} AS ${driver.escape(`${i}_${c.databaseName}`)}`,
        ),
      )
      .join(', ');
    const from = parts.map(({ metadata }, i) => `${quotedTable(m, metadata)} t${i}`).join(', ');
    let parameter = 0;
    const where = lookups
      .map(([, by], i) => {
        const id = `t${i}.${driver.escape(metadatas[i].primaryColumns[0].databaseName)}`;
        if (typeof by === 'string') return `${id} = ${driver.createParameter(`id${i}`, parameter++)}`;
        const column = metadatas[by.of]?.findColumnWithPropertyName(by.column);
        if (by.of >= i || !column) throw new Error(`findEachById: no column ${by.column} in lookup ${by.of}`);
        return `${id} = t${by.of}.${driver.escape(column.databaseName)}`;
      })
      .join(' AND ');
    statement = { sql: `SELECT ${select} FROM ${from} WHERE ${where}`, parts };
    statements.set(key, statement);
  }
  const hydrators = statement.parts.map(({ metadata, columns }, i) =>
    hydrator(m, metadata, columns, `${i}_`),
  );
  return {
    sql: statement.sql,
    values: lookups.flatMap(([, by]) => (typeof by === 'string' ? [by] : [])),
    hydrate: async ([row]) =>
      (row ? hydrators.map((hydrate) => hydrate(row)) : await separately(m, lookups)) as Found<L>,
  };
}

async function separately(
  m: EntityManager,
  lookups: readonly ByIdLookup<ObjectLiteral>[],
): Promise<(ObjectLiteral | null)[]> {
  const found: (ObjectLiteral | null)[] = [];
  for (const [target, by] of lookups) {
    const id = typeof by === 'string' ? by : (found[by.of]?.[by.column] as string | undefined);
    found.push(id === undefined || id === null ? null : await findById(m, target, id));
  }
  return found;
}
