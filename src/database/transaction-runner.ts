import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { runAfter, sqlLiteral, withLockFirst } from './fixed-statements';

export type Work<T> = (manager: EntityManager) => Promise<T>;

const RETRYABLE_POSTGRES_CODES = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected
const MAX_ATTEMPTS = 5;

/**
 * The only way the code base touches the database.
 *
 * SQLite: TypeORM runs every query on one better-sqlite3 connection, so two interleaved transactions
 * collide ("cannot start a transaction within a transaction") and a plain read could observe another
 * request's uncommitted writes. Every unit of work, reads included, is therefore queued and runs alone.
 *
 * PostgreSQL: real concurrent transactions from the pool; serialisation failures and deadlocks are retried.
 *
 * Never call the runner from inside a unit of work: on SQLite that would wait for itself.
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();
  readonly dialect: 'sqlite' | 'postgres';

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: Work<T>): Promise<T> {
    if (this.dialect === 'sqlite') return this.enqueue(() => this.dataSource.transaction(work));
    return this.withRetry(() => this.dataSource.transaction(work));
  }

  /** Runs read-only `work`; on SQLite it waits its turn like a transaction. */
  read<T>(work: Work<T>): Promise<T> {
    if (this.dialect === 'sqlite') return this.enqueue(() => work(this.dataSource.manager));
    return work(this.dataSource.manager);
  }

  /**
   * Serialises a critical section across concurrent transactions and instances (PostgreSQL advisory
   * transaction lock, released at commit). On SQLite the queue already serialises everything.
   */
  async lock(manager: EntityManager, name: string): Promise<void> {
    if (this.dialect === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
    }
  }

  /**
   * `lock(manager, name)`, then the read `sql` (a fixed text without parameters), which sees everything the
   * previous holder of the lock committed. On PostgreSQL both go in one round trip (two statements, each with
   * its own snapshot): for a lock held until commit by every writer, the fewer round trips between taking it
   * and committing, the more writers per second (the audit chain, docs/performance.md).
   */
  async lockThenRead<R>(manager: EntityManager, name: string, sql: string): Promise<R[]> {
    if (this.dialect === 'postgres') {
      return runAfter<R>(manager, `SELECT pg_advisory_xact_lock(hashtext(${sqlLiteral(name)}))`, sql);
    }
    return manager.query<R[]>(sql);
  }

  /**
   * The shared form of `lock`: shared holders of one name do not wait for each other, only for (and block) an
   * exclusive holder. E.g. score sheets take their track's lock shared, finalisation takes it exclusively.
   */
  async lockShared(manager: EntityManager, name: string): Promise<void> {
    if (this.dialect === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [name]);
    }
  }

  /**
   * `lockShared(manager, name)` and then `read`, whose first statement must be a fixed one (findById,
   * findEachById…): on PostgreSQL the lock is sent with that statement, one round trip fewer (the submission
   * path, docs/performance.md), and the statement still sees everything committed before the lock was granted.
   */
  async lockSharedThen<T>(manager: EntityManager, name: string, read: () => Promise<T>): Promise<T> {
    if (this.dialect !== 'postgres') return read();
    return withLockFirst(manager, `SELECT pg_advisory_xact_lock_shared(hashtext(${sqlLiteral(name)}))`, read);
  }

  /**
   * After an erasure: on SQLite, copies the write-ahead log into the database file and empties it, so the
   * erased values (zeroed in the file by `secure_delete`) survive in no earlier page image either. On
   * PostgreSQL queries and dumps see live rows only; the old row versions left in the table files until VACUUM
   * reuses their space are an operator's matter (docs/privacy.md).
   */
  async compact(): Promise<void> {
    if (this.dialect === 'sqlite') {
      await this.enqueue(() => this.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)'));
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async withRetry<T>(task: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await task();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= MAX_ATTEMPTS || !code || !RETRYABLE_POSTGRES_CODES.has(code)) throw error;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      }
    }
  }
}
