import { Permission, requireAccess } from '../access/permissions';
import { Injectable, Logger } from '@nestjs/common';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { retentionDue } from '../domain/editions/retention';
import type { ResultsDocument } from '../domain/seal';
import { EditionEntity } from '../database/schema/edition.entity';
import { OutboxMessageEntity } from '../database/schema/outbox-message.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { SealEntity } from '../database/schema/seal.entity';
import { anonymiseAccount, ERASED_CONTACT, eraseContacts } from './anonymise';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';
import { Locks } from '../database/locks';

/** What applying an edition's retention period does (or, in a dry run, would do). */
export interface RetentionPlan {
  editionId: string;
  editionKey: string;
  dueAt: Date;
  /** Keys of the non-winning nominations whose contact data is erased. */
  nominations: string[];
  /** Attachment files removed (their names and SHA-256 stay: the sealed results name them). */
  files: number;
  /** Ids of the nominator accounts anonymised. */
  accounts: string[];
  /** Mails to the erased addresses removed from the outbox. */
  mails: number;
}

/**
 * Applies each edition's retention period (docs/privacy.md): once `retentionMonths` have passed since its results
 * became public, the contact data of every nomination that did not win is erased, their files deleted (the rows
 * keep name and SHA-256, which the sealed results name), the accounts of nominators who won nothing and have
 * nothing in an edition still within its period are anonymised and disabled, and mails to those addresses leave
 * the outbox. Winners' data stays: the certificates and the public record need it. Idempotent; audited with
 * counts only, never the data erased.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly config: Config,
  ) {}

  /** The editions due now and what applying them does; nothing is written. */
  async plan(): Promise<RetentionPlan[]> {
    return this.db.read(async (m) => {
      const plans: RetentionPlan[] = [];
      for (const edition of await this.dueEditions(m)) plans.push((await this.planFor(m, edition)).plan);
      return plans;
    });
  }

  /**
   * What applying one sealed edition's period would do, whether due yet or not (the edition page shows it); null
   * before the seal or once applied. Nothing is written.
   */
  async preview(actor: AuthUser, editionId: string): Promise<RetentionPlan | null> {
    requireAccess(actor, Permission.PROGRESS_READ);
    return this.db.read(async (m) => {
      const edition = await m.findOneBy(EditionEntity, { id: editionId });
      if (!edition?.finalizedAt || edition.retentionAppliedAt) return null;
      return (await this.planFor(m, edition)).plan;
    });
  }

  /** Applies every due edition, each in its own transaction; files are removed after the commit. */
  async apply(actor: AuthUser | null): Promise<RetentionPlan[]> {
    const ids = await this.db.read(async (m) => (await this.dueEditions(m)).map((e) => e.id));
    const applied: RetentionPlan[] = [];
    for (const id of ids) {
      const outcome = await this.db.transaction(async (m) => {
        await this.db.lock(m, Locks.retention);
        const edition = await m.findOneBy(EditionEntity, { id, retentionAppliedAt: IsNull() });
        if (!edition) return null; // another instance applied it meanwhile
        const planned = await this.planFor(m, edition);
        const { plan, storageNames } = planned;
        await this.erase(m, planned, edition);
        await this.audit.append(
          m,
          actor,
          'retention.apply',
          { type: 'edition', id },
          { retentionAppliedAt: null },
          {
            retentionAppliedAt: this.clock.now(),
            dueAt: plan.dueAt,
            nominations: plan.nominations.length,
            files: plan.files,
            accounts: plan.accounts.length,
            mails: plan.mails,
          },
        );
        return { plan, storageNames };
      });
      if (!outcome) continue;
      for (const name of outcome.storageNames) {
        await unlink(join(this.config.app.uploadsDir, name)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT')
            this.logger.warn(`attachment file not removed: ${name} (${error.code})`);
        });
      }
      applied.push(outcome.plan);
    }
    if (applied.length) await this.db.compact();
    return applied;
  }

  private async dueEditions(m: EntityManager): Promise<EditionEntity[]> {
    const now = this.clock.now();
    const sealed = await m.find(EditionEntity, {
      where: { finalizedAt: Not(IsNull()), retentionAppliedAt: IsNull() },
      order: { year: 'ASC', id: 'ASC' },
    });
    const due: EditionEntity[] = [];
    for (const e of sealed) {
      const at = await dueAt(m, e);
      if (at !== null && at <= now) due.push(e);
    }
    return due;
  }

  private async planFor(m: EntityManager, edition: EditionEntity) {
    const winners = await winningKeys(m, edition.id);
    const nominations = (await m.find(NominationEntity, { where: { editionId: edition.id } })).filter(
      (n) => !winners.has(n.key),
    );
    const ids = nominations.map((n) => n.id);
    const attachments = ids.length
      ? await m.find(AttachmentEntity, { where: { nominationId: In(ids), storageName: Not(IsNull()) } })
      : [];
    const accounts = await this.accountsToAnonymise(m, edition, nominations, winners);
    const addresses = [
      ...new Set([
        ...nominations.map((n) => n.contactEmail).filter((e) => e !== ERASED_CONTACT),
        ...accounts.map((u) => u.email),
      ]),
    ];
    const mails = addresses.length
      ? await m.count(OutboxMessageEntity, { where: { toAddress: In(addresses) } })
      : 0;
    const plan: RetentionPlan = {
      editionId: edition.id,
      editionKey: edition.key,
      dueAt: (await dueAt(m, edition))!,
      nominations: nominations.map((n) => n.key).sort(),
      files: attachments.length,
      accounts: accounts.map((u) => u.id).sort(),
      mails,
    };
    return { plan, storageNames: attachments.map((a) => a.storageName!), addresses, nominationIds: ids };
  }

  /**
   * Nominators who created a non-winning nomination of this edition, and have no winning nomination and no
   * nomination in an edition whose period has not ended (or that is not sealed yet).
   */
  private async accountsToAnonymise(
    m: EntityManager,
    edition: EditionEntity,
    nominations: NominationEntity[],
    winners: Set<string>,
  ): Promise<UserEntity[]> {
    const creators = [...new Set(nominations.flatMap((n) => (n.createdById ? [n.createdById] : [])))];
    if (creators.length === 0) return [];
    const users = await m.find(UserEntity, {
      where: { id: In(creators), role: Role.NOMINATOR, status: Not(UserStatus.DISABLED) },
    });
    const out: UserEntity[] = [];
    const now = this.clock.now();
    for (const user of users) {
      const theirs = await m.find(NominationEntity, { where: { createdById: user.id } });
      let keep = false;
      for (const n of theirs) {
        if (n.editionId === edition.id) {
          if (winners.has(n.key)) keep = true;
          continue;
        }
        const other = await m.findOneByOrFail(EditionEntity, { id: n.editionId });
        const due = await dueAt(m, other);
        if (!other.retentionAppliedAt && (due === null || due > now)) keep = true;
        else if ((await winningKeys(m, other.id)).has(n.key)) keep = true;
      }
      if (!keep) out.push(user);
    }
    return out;
  }

  private async erase(
    m: EntityManager,
    { plan, addresses, nominationIds }: Awaited<ReturnType<RetentionService['planFor']>>,
    edition: EditionEntity,
  ): Promise<void> {
    const now = this.clock.now();
    await eraseContacts(m, nominationIds);
    if (nominationIds.length) {
      await m.update(
        AttachmentEntity,
        { nominationId: In(nominationIds), storageName: Not(IsNull()) },
        { storageName: null },
      );
    }
    for (const id of plan.accounts) {
      await anonymiseAccount(m, await m.findOneByOrFail(UserEntity, { id }), now);
    }
    if (addresses.length) await m.delete(OutboxMessageEntity, { toAddress: In(addresses) });
    // What the audit trail recorded of them goes too; its entries and hashes stay as they are.
    await this.audit.erasePersonalValues(m, [...nominationIds, ...plan.accounts]);
    await m.update(EditionEntity, { id: edition.id }, { retentionAppliedAt: now });
  }
}

/** When the edition's retention period ends: counted from when its results became public (first seal on). */
async function dueAt(m: EntityManager, edition: EditionEntity): Promise<Date | null> {
  const first = await m.findOne(SealEntity, { where: { editionId: edition.id }, order: { version: 'ASC' } });
  return retentionDue({ ...edition, firstSealedAt: first?.finalizedAt ?? null });
}

/** Keys of the nominations with a final award under the edition's newest seal. */
async function winningKeys(m: EntityManager, editionId: string): Promise<Set<string>> {
  const seal = await m.findOne(SealEntity, { where: { editionId }, order: { version: 'DESC' } });
  if (!seal) return new Set();
  const document = JSON.parse(seal.resultsJson) as ResultsDocument;
  return new Set(
    document.tracks.flatMap((t) =>
      t.results.flatMap((c) => c.rows.filter((r) => r.finalAward !== null).map((r) => r.nominationKey)),
    ),
  );
}
