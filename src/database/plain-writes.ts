import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { quotedTable } from './find-by-id';
import { runFixed } from './fixed-statements';

type Columns = EntityMetadata['columns'];

interface Statement {
  sql: string;
  columns: Columns;
}

const inserts = new WeakMap<EntityMetadata, Statement>();
const updates = new WeakMap<EntityMetadata, Map<string, Statement>>();

function plainColumns(metadata: EntityMetadata, operation: string): Columns {
  if (metadata.primaryColumns.length !== 1 || metadata.discriminatorColumn) {
    throw new Error(`${operation}: ${metadata.name} needs one primary column and no inheritance`);
  }
  return metadata.columns.filter((c) => !c.isVirtual);
}

function insertFor(m: EntityManager, metadata: EntityMetadata): Statement {
  let statement = inserts.get(metadata);
  if (statement) return statement;
  if (metadata.relations.length > 0) throw new Error(`insertRow: ${metadata.name} has relations`);
  const driver = m.connection.driver;
  const columns = plainColumns(metadata, 'insertRow').filter((c) => c.isInsert && !c.isGenerated);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const params = columns.map((c, i) => driver.createParameter(c.databaseName, i)).join(', ');
  statement = { sql: `INSERT INTO ${quotedTable(m, metadata)} (${names}) VALUES (${params})`, columns };
  inserts.set(metadata, statement);
  return statement;
}

function updateFor(m: EntityManager, metadata: EntityMetadata, properties: string[]): Statement {
  let byProperties = updates.get(metadata);
  if (!byProperties) updates.set(metadata, (byProperties = new Map()));
  const key = properties.join('\u0000');
  let statement = byProperties.get(key);
  if (statement) return statement;
  const driver = m.connection.driver;
  const all = plainColumns(metadata, 'updateById');
  const columns = properties.map((property) => {
    const column = all.find((c) => c.propertyName === property);
    if (!column || !column.isUpdate || column.isPrimary || column.relationMetadata) {
      throw new Error(`updateById: ${metadata.name}.${property} is not an updatable column`);
    }
    return column;
  });
  const set = columns
    .map((c, i) => `${driver.escape(c.databaseName)} = ${driver.createParameter(c.databaseName, i)}`)
    .join(', ');
  const primary = metadata.primaryColumns[0];
  const where = `${driver.escape(primary.databaseName)} = ${driver.createParameter('id', columns.length)}`;
  statement = { sql: `UPDATE ${quotedTable(m, metadata)} SET ${set} WHERE ${where}`, columns };
  byProperties.set(key, statement);
  return statement;
}

/**
 * `manager.insert(Entity, row)` for the hot write paths (a submission's audit entry): the same columns and
 * values (converted by TypeORM's own driver, transformers and JSON included) without building the INSERT on
 * every call. Every column must be given; entities with relations or inheritance are refused. The query
 * builder costs several times the statement (docs/performance.md).
 */
export async function insertRow<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  row: T,
): Promise<void> {
  const metadata = m.connection.getMetadata(target);
  const { sql, columns } = insertFor(m, metadata);
  const driver = m.connection.driver;
  const values = columns.map((c) => {
    const value: unknown = c.getEntityValue(row);
    if (value === undefined) throw new Error(`insertRow: ${metadata.name}.${c.propertyName} is missing`);
    return driver.preparePersistentValue(value, c);
  });
  await runFixed(m, sql, values);
}

/**
 * `manager.update(Entity, { id }, changes)` likewise, for plain (not foreign-key) columns: one statement per
 * set of changed columns, built once.
 */
export async function updateById<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  id: string,
  changes: Partial<T>,
): Promise<void> {
  const metadata = m.connection.getMetadata(target);
  const properties = Object.keys(changes).filter((k) => changes[k] !== undefined);
  const { sql, columns } = updateFor(m, metadata, properties);
  const driver = m.connection.driver;
  const values = columns.map((c) => driver.preparePersistentValue(changes[c.propertyName], c));
  await runFixed(m, sql, [...values, id]);
}
