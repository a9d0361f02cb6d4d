import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, EntityMetadata, In, MoreThan } from 'typeorm';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { CommonErrors } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { insertRow } from '../database/plain-writes';
import { TransactionRunner } from '../database/transaction-runner';
import { computeAuditHash, GENESIS_HASH } from '../domain/audit/audit-hash';
import { toAuditPayload } from '../domain/audit/redact-secrets';
import {
  joinPersonal,
  personalCommitment,
  personalRefs,
  splitPersonal,
} from '../domain/audit/personal-values';
import { ChainVerification, ChainVerifier } from '../domain/audit/verify-chain';
import { AuditEntryEntity, SYSTEM_ACTOR_ROLE } from '../database/schema/audit-entry.entity';
import { AuditPersonalValueEntity } from '../database/schema/audit-personal-value.entity';
import { AUDIT_PAGE_DEFAULT, AuditQueryDto } from './dto/audit-query.dto';
import { AuditPageDto } from './dto/audit-entry.dto';
import { ActorPseudonyms, NO_PSEUDONYMS, presentEntry } from './present-entry';
import { observerJudgePseudonyms } from '../database/judge-pseudonyms';
import { Role } from '../database/schema/user.entity';
import { Locks } from '../database/locks';

/** The advisory lock that serialises appends across transactions and instances (PostgreSQL). */

const headStatements = new WeakMap<EntityMetadata, string>();

/** `SELECT seq, hash … ORDER BY seq DESC LIMIT 1`, quoted for the manager's database (built once). */
function headStatement(manager: EntityManager): string {
  const metadata = manager.connection.getMetadata(AuditEntryEntity);
  let sql = headStatements.get(metadata);
  if (sql) return sql;
  const q = (name: string) => manager.connection.driver.escape(name);
  const seq = q(metadata.findColumnWithPropertyName('seq')!.databaseName);
  const hash = q(metadata.findColumnWithPropertyName('hash')!.databaseName);
  sql = `SELECT ${seq} AS "seq", ${hash} AS "hash" FROM ${q(metadata.tableName)} ORDER BY ${seq} DESC LIMIT 1`;
  headStatements.set(metadata, sql);
  return sql;
}

/** What an entry is about: `{ type: 'nomination', id: nomination.id }`. */
export interface AuditEntityRef {
  readonly type: string;
  readonly id: string;
}

/** `<entity>.<verb>` in lower camel case, dot-separated: `user.create`, `nomination.submit`, `scoreSheet.reopen`. */
const ACTION_FORMAT = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

/** A change as it was appended, with its unredacted before/after, for listeners inside the same transaction. */
export interface AuditEvent {
  readonly actor: AuthUser | null;
  readonly action: string;
  readonly entity: AuditEntityRef;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * Runs inside the transaction of every appended change, just before its entry is written (outside the chain
 * lock): what it writes commits or rolls back with the change (the mail outbox, docs/mail.md). A listener that
 * throws undoes the change.
 */
export type AuditListener = (manager: EntityManager, event: AuditEvent) => Promise<void>;

/**
 * A point of the chain recorded elsewhere (a seal's audit head): the entry at `seq` must carry `hash`, as its
 * hash or, for an entry re-linked by the personal-data cut-over, as its legacy hash. Seq 0 is the empty chain.
 */
export interface AuditAnchor {
  readonly label: string;
  readonly seq: number;
  readonly hash: string;
}

export interface AnchorCheck extends AuditAnchor {
  readonly ok: boolean;
}

/** Lists the anchors a module keeps (the results module: the heads its seals recorded). */
export type AnchorSource = (manager: EntityManager) => Promise<AuditAnchor[]>;

/** What verify() finds: the chain, the anchors recorded elsewhere, the personal values still held. */
export interface AuditVerification extends ChainVerification {
  readonly anchors: AnchorCheck[];
  /** Personal values held apart from the chain, checked against their commitments; `altered` must be 0. */
  readonly personalValues: { readonly checked: number; readonly altered: number };
}

/** What an entry shows in place of a personal value that was erased (on request or by retention). */
export const ERASED_PERSONAL_VALUE = '(dato personal suprimido · personal data erased)';

export interface VerifyOptions {
  /** Entries read per query (default 1000). */
  pageSize?: number;
  /** Called after each page with the entries checked so far and the total when the walk started. */
  onProgress?: (checked: number, total: number) => void;
}

/**
 * The hash-chained audit trail (docs/audit.md). Only appends exist: nothing updates or deletes an entry.
 */
@Injectable()
export class AuditService {
  private readonly listeners: AuditListener[] = [];
  private readonly anchorSources: AnchorSource[] = [];

  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Records one change INSIDE the caller's transaction, so the entry and the change are stored together or
   * not at all. Call it as the last step of the unit of work (it takes the chain lock, held until commit):
   *
   *   await this.db.transaction(async (m) => {
   *     const before = { ...nomination };
   *     … change and save nomination …
   *     await this.audit.append(m, actor, 'nomination.submit', { type: 'nomination', id: nomination.id }, before, nomination);
   *   });
   *
   * `actor` null means the system itself. `before` / `after` are stored as JSON data (entities are fine;
   * Dates become ISO strings) with every password, hash of one, token or secret key removed at any depth.
   */
  async append(
    manager: EntityManager,
    actor: AuthUser | null,
    action: string,
    entity: AuditEntityRef,
    before: unknown,
    after: unknown,
  ): Promise<AuditEntryEntity> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.append must be called inside db.transaction(…)');
    }
    if (!ACTION_FORMAT.test(action)) throw new Error(`Audit action "${action}" is not <entity>.<verb>`);
    // The listeners first: what they write does not depend on the entry, and every round trip made while the
    // chain lock is held delays every other append (on PostgreSQL the lock is held until commit).
    for (const listener of this.listeners) await listener(manager, { actor, action, entity, before, after });
    const head = await this.lockedHead(manager);
    const split = {
      entityType: entity.type,
      entityId: entity.id,
      salt: () => randomBytes(32).toString('hex'),
    };
    const chainedBefore = splitPersonal(toAuditPayload(before), split);
    const chainedAfter = splitPersonal(toAuditPayload(after), split);
    const content = {
      seq: head.seq + 1,
      at: this.clock.now(),
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? SYSTEM_ACTOR_ROLE,
      action,
      entityType: entity.type,
      entityId: entity.id,
      before: chainedBefore.payload,
      after: chainedAfter.payload,
      prevHash: head.hash,
    };
    const entry = manager.create(AuditEntryEntity, {
      ...content,
      id: randomUUID(),
      hash: computeAuditHash(content),
      legacyHash: null,
    });
    await insertRow(manager, AuditEntryEntity, entry);
    for (const value of [...chainedBefore.values, ...chainedAfter.values]) {
      await insertRow(manager, AuditPersonalValueEntity, value);
    }
    return entry;
  }

  /** Adds a source of anchors that verify() checks (modules register theirs at init). */
  onVerifyAnchors(source: AnchorSource): void {
    this.anchorSources.push(source);
  }

  /**
   * Erases the personal values the trail refers to for these subjects (users, nominations), inside the
   * caller's transaction: the entries keep their references and every hash stays valid. Returns how many.
   */
  async erasePersonalValues(manager: EntityManager, subjectIds: string[]): Promise<number> {
    if (subjectIds.length === 0) return 0;
    const result = await manager.delete(AuditPersonalValueEntity, { subjectId: In(subjectIds) });
    return result.affected ?? 0;
  }

  /** Adds a listener called for every change appended from now on (modules register theirs at init). */
  onAppend(listener: AuditListener): void {
    this.listeners.push(listener);
  }

  /**
   * The newest entry's seq and hash (0 and GENESIS_HASH when empty), read under the chain lock so nothing
   * is appended after it until the caller's transaction ends: what a seal records.
   */
  async head(manager: EntityManager): Promise<{ seq: number; hash: string }> {
    return this.lockedHead(manager);
  }

  /** Entries matching the filters, newest first by default, as `viewer` may see them. */
  async list(actor: AuthUser, query: AuditQueryDto): Promise<AuditPageDto> {
    requireAccess(actor, Permission.AUDIT_READ);
    if (query.afterSeq !== undefined && query.page !== undefined) {
      throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
        {
          field: 'page',
          code: 'exclusive',
          message: { es: 'page: no se combina con afterSeq', en: 'page: cannot be combined with afterSeq' },
        },
      ]);
    }
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    const order = query.order ?? 'desc';
    const pseudonyms = actor.role === Role.OBSERVER ? await this.judgePseudonyms() : NO_PSEUDONYMS;
    const { total, rows } = await this.db.read(async (m) => {
      const qb = m.createQueryBuilder(AuditEntryEntity, 'e');
      if (query.action !== undefined) qb.andWhere('e.action = :action', { action: query.action });
      if (query.entityType !== undefined)
        qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
      if (query.entityId !== undefined) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
      if (query.actorId !== undefined) qb.andWhere('e.actorId = :actorId', { actorId: query.actorId });
      if (query.from !== undefined) qb.andWhere('e.at >= :from', { from: new Date(query.from) });
      if (query.to !== undefined) qb.andWhere('e.at <= :to', { to: new Date(query.to) });
      const count = await qb.clone().getCount();
      if (query.afterSeq !== undefined) {
        qb.andWhere(order === 'asc' ? 'e.seq > :afterSeq' : 'e.seq < :afterSeq', {
          afterSeq: query.afterSeq,
        });
      }
      qb.orderBy('e.seq', order === 'asc' ? 'ASC' : 'DESC').limit(limit + 1);
      if (query.page !== undefined) qb.offset((query.page - 1) * limit);
      return { total: count, rows: await qb.getMany() };
    });
    const more = rows.length > limit;
    const items = await this.withPersonalValues(rows.slice(0, limit));
    return {
      items: items.map((e) => presentEntry(e, actor, pseudonyms)),
      total,
      limit,
      order,
      ...(query.page !== undefined ? { page: query.page } : {}),
      nextAfterSeq: more ? items[items.length - 1].seq : null,
    };
  }

  /** The entries with each personal reference replaced by the value held, or by ERASED_PERSONAL_VALUE. */
  private async withPersonalValues(entries: AuditEntryEntity[]): Promise<AuditEntryEntity[]> {
    const refs = new Set<string>();
    for (const e of entries) personalRefs([e.before, e.after], refs);
    if (refs.size === 0) return entries;
    const rows = await this.db.read((m) =>
      m.find(AuditPersonalValueEntity, { where: { commitment: In([...refs]) } }),
    );
    const values = new Map(rows.map((r) => [r.commitment, r.value]));
    const lookup = (c: string) => values.get(c);
    const join = (p: unknown) => joinPersonal(p, lookup, ERASED_PERSONAL_VALUE) as AuditEntryEntity['before'];
    return entries.map((e) => ({ ...e, before: join(e.before), after: join(e.after) }));
  }

  /** J1, J2… for observers, the same labels as on every other page (users/judge-pseudonyms.ts). */
  private async judgePseudonyms(): Promise<ActorPseudonyms> {
    const map = await this.db.read((m) => observerJudgePseudonyms(m));
    return (id) => map.get(id);
  }

  /**
   * Walks the whole trail in seq order, a page at a time, recomputing every hash. `actor` is null when the
   * system (the CLI) asks.
   */
  async verify(actor: AuthUser | null, options: VerifyOptions = {}): Promise<AuditVerification> {
    requireAccess(actor, Permission.AUDIT_READ);
    const chain = await this.verifyChain(options);
    const anchors = await this.checkAnchors();
    const personalValues = await this.checkPersonalValues(options.pageSize ?? 1000);
    return {
      ...chain,
      ok: chain.ok && anchors.every((a) => a.ok) && personalValues.altered === 0,
      anchors,
      personalValues,
    };
  }

  private async checkAnchors(): Promise<AnchorCheck[]> {
    return this.db.read(async (m) => {
      const anchors = (await Promise.all(this.anchorSources.map((source) => source(m)))).flat();
      const seqs = [...new Set(anchors.map((a) => a.seq).filter((seq) => seq > 0))];
      const entries = seqs.length
        ? await m.find(AuditEntryEntity, {
            where: { seq: In(seqs) },
            select: { seq: true, hash: true, legacyHash: true },
          })
        : [];
      const bySeq = new Map(entries.map((e) => [e.seq, e]));
      return anchors.map((anchor) => {
        const entry = bySeq.get(anchor.seq);
        const ok =
          anchor.seq === 0
            ? anchor.hash === GENESIS_HASH
            : entry !== undefined && (entry.hash === anchor.hash || entry.legacyHash === anchor.hash);
        return { ...anchor, ok };
      });
    });
  }

  private async checkPersonalValues(pageSize: number): Promise<AuditVerification['personalValues']> {
    let checked = 0;
    let altered = 0;
    let after = '';
    for (;;) {
      const page = await this.db.read((m) =>
        m.find(AuditPersonalValueEntity, {
          where: { commitment: MoreThan(after) },
          order: { commitment: 'ASC' },
          take: pageSize,
        }),
      );
      for (const row of page) {
        checked += 1;
        if (personalCommitment(row.salt, row.value) !== row.commitment) altered += 1;
      }
      if (page.length < pageSize) break;
      after = page[page.length - 1].commitment;
    }
    return { checked, altered };
  }

  private async verifyChain(options: VerifyOptions): Promise<ChainVerification> {
    const pageSize = options.pageSize ?? 1000;
    const total = await this.db.read((m) => m.count(AuditEntryEntity));
    const verifier = new ChainVerifier();
    let checked = 0;
    let lastSeq = 0;
    for (;;) {
      const page = await this.db.read((m) =>
        m.find(AuditEntryEntity, {
          where: { seq: MoreThan(lastSeq) },
          order: { seq: 'ASC' },
          take: pageSize,
        }),
      );
      if (page.length === 0) break;
      verifier.push(page);
      checked += page.length;
      lastSeq = page[page.length - 1].seq;
      options.onProgress?.(checked, Math.max(total, checked));
      if (page.length < pageSize) break;
    }
    return verifier.result();
  }

  /**
   * Takes the chain lock and reads the head under it. Every audited change does: one plain statement rather
   * than a find(), whose query building cost several times the query, sent with the lock in one round trip on
   * PostgreSQL (docs/performance.md). `seq` is an integer column on both databases.
   */
  private async lockedHead(manager: EntityManager): Promise<{ seq: number; hash: string }> {
    const [last] = await this.db.lockThenRead<{ seq: number | string; hash: string }>(
      manager,
      Locks.auditChain,
      headStatement(manager),
    );
    return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
  }
}
