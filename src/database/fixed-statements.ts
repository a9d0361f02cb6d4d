import { escapeLiteral } from 'pg';
import { EntityManager, QueryFailedError, QueryRunner } from 'typeorm';

/** The part of a node-postgres client (or pool) these helpers use. */
interface PostgresClient {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: unknown[] }>;
  query(text: string): Promise<{ rows: unknown[] } | { rows: unknown[] }[]>;
}

/** PostgreSQL statement names, one per statement text, the same on every connection of the process. */
const names = new Map<string, string>();

function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `recon_fixed_${names.size + 1}`));
  return name;
}

/** A lock to take before the next fixed statement of the transaction (withLockFirst). */
const pendingLocks = new WeakMap<QueryRunner, string>();

/**
 * A string as a PostgreSQL literal, whatever `standard_conforming_strings` says (node-postgres's escapeLiteral:
 * quotes doubled, and an E'' string with doubled backslashes when there are any).
 */
export const sqlLiteral = (value: string): string => escapeLiteral(value);

/** `sql` with each `$n` replaced by the string value n as a literal. */
function inline(sql: string, values: string[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => sqlLiteral(values[Number(n) - 1]));
}

function isPostgres(m: EntityManager): boolean {
  return m.connection.driver.options.type === 'postgres';
}

/**
 * The node-postgres connection of the manager's transaction, or the pool when the manager has none (a plain
 * read): what TypeORM's own query runner would use, without its per-query work (logger, broadcaster, result
 * wrapping) nor, outside a transaction, a query runner made and released for one statement.
 */
async function postgresClientOf(m: EntityManager): Promise<PostgresClient> {
  const runner = m.queryRunner;
  if (!runner) return (m.connection.driver as unknown as { master: PostgresClient }).master;
  if (runner.isReleased) throw new Error('fixed statement: the query runner was released');
  return (await runner.connect()) as PostgresClient;
}

/**
 * Runs one of the statements the hot paths build once per entity (find-by-id.ts, plain-writes.ts) and returns
 * its rows. `sql` must be a fixed text with placeholders, never one with values written into it.
 *
 * PostgreSQL: as a named prepared statement on the manager's connection, so the server parses and plans each
 * text once per connection instead of once per call, and without TypeORM's per-query work; errors are TypeORM's
 * `QueryFailedError`, as from `manager.query`. SQLite: `manager.query` (TypeORM's better-sqlite3 runner already
 * keeps its prepared statements).
 */
export async function runFixed<R>(m: EntityManager, sql: string, values: unknown[]): Promise<R[]> {
  if (!isPostgres(m)) return m.query<R[]>(sql, values);
  if (m.queryRunner && pendingLocks.has(m.queryRunner)) {
    const [rows] = await runFixedTogether<R>(m, [{ sql, values }]);
    return rows;
  }
  const client = await postgresClientOf(m);
  try {
    const result = await client.query({ name: nameOf(sql), text: sql, values });
    return result.rows as R[];
  } catch (error) {
    throw new QueryFailedError(sql, values, error as Error);
  }
}

/** A fixed statement and its values. */
export interface FixedStatement {
  readonly sql: string;
  readonly values: readonly unknown[];
}

/**
 * Runs several fixed statements, in order, and returns the rows of each. On PostgreSQL, when all their values
 * are strings (ids), they go in one round trip — with the lock of withLockFirst, if one is pending — as one
 * message of statements whose values are written in as literals (each statement takes its own snapshot); else
 * one after the other, as runFixed.
 */
export async function runFixedTogether<R>(
  m: EntityManager,
  statements: readonly FixedStatement[],
): Promise<R[][]> {
  const lockSql = isPostgres(m) && m.queryRunner ? pendingLocks.get(m.queryRunner) : undefined;
  if (lockSql) pendingLocks.delete(m.queryRunner!);
  const inlinable = statements.every(({ values }) => values.every((v) => typeof v === 'string'));
  if (!isPostgres(m) || !inlinable || statements.length + (lockSql ? 1 : 0) < 2) {
    if (lockSql) await m.query(lockSql);
    const all: R[][] = [];
    for (const { sql, values } of statements) all.push(await runFixed<R>(m, sql, [...values]));
    return all;
  }
  const texts = statements.map(({ sql, values }) => inline(sql, values as string[]));
  const results = await runMany(m, lockSql ? [lockSql, ...texts] : texts);
  return results.slice(lockSql ? 1 : 0).map((result) => result.rows as R[]);
}

/** One message of statements without parameters (the simple query protocol): the result of each. */
async function runMany(m: EntityManager, texts: string[]): Promise<{ rows: unknown[] }[]> {
  const client = await postgresClientOf(m);
  const text = texts.join('; ');
  let results;
  try {
    results = await client.query(text);
  } catch (error) {
    throw new QueryFailedError(text, [], error as Error);
  }
  if (texts.length === 1 && !Array.isArray(results)) return [results];
  if (!Array.isArray(results) || results.length !== texts.length) {
    throw new Error(`fixed statements: ${texts.length} sent, another number of results: ${text}`);
  }
  return results;
}

/**
 * Inside a PostgreSQL transaction: runs `lockSql` and then `sql` (both without parameters) as two statements
 * sent together, in one round trip. Each statement of such a message takes its own snapshot (READ COMMITTED),
 * so `sql` sees everything committed before the lock was granted — which one statement holding both would not.
 * Returns the rows of `sql`.
 */
export async function runAfter<R>(m: EntityManager, lockSql: string, sql: string): Promise<R[]> {
  const [, result] = await runMany(m, [lockSql, sql]);
  return result.rows as R[];
}

/**
 * Inside a PostgreSQL transaction: runs `work` with `lockSql` (a statement without parameters) taken just
 * before its first fixed statement, in the same round trip (as runAfter: that statement sees everything
 * committed before the lock was granted). Its values must then be strings (ids), written into the text as
 * literals; otherwise the lock is a statement of its own just before it. `work` must begin with a fixed
 * statement (findById, findEachById…): when it runs none, the lock is taken after it.
 */
export async function withLockFirst<T>(
  m: EntityManager,
  lockSql: string,
  work: () => Promise<T>,
): Promise<T> {
  const runner = m.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('withLockFirst needs a transaction');
  pendingLocks.set(runner, lockSql);
  let result: T;
  let stillPending: boolean;
  try {
    result = await work();
  } finally {
    stillPending = pendingLocks.get(runner) === lockSql;
    pendingLocks.delete(runner);
  }
  // No fixed statement ran: the lock is taken now, on its own.
  if (stillPending) await m.query(lockSql);
  return result;
}
