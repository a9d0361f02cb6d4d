import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { Config } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { resultsArePublic } from '../domain/editions/phase';
import { formatInZone } from '../domain/editions/wall-clock';
import { isInCompetition } from '../domain/intake/nomination-status';
import { dueReminderSlot, localDay } from '../domain/mail/reminder-slot';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { AssignmentEntity, AssignmentStatus } from '../database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../database/schema/score-sheet.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { MailOutbox } from './mail-outbox';
import { MailKind } from './messages';
import { OutboxMessageEntity, OutboxStatus } from '../database/schema/outbox-message.entity';
import { activeOrganisers, activeUsers, nominatorsOf } from './recipients';
import { ResultsNotices } from './results-notices';

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/**
 * Reminders, the organisers' daily digest and the results notices, derived from the database on each tick (no
 * in-memory timers to lose): every such message has a dedupe key (kind, edition, slot or day, recipient), so a
 * restart or several instances ticking at once store it once. Time is the injected Clock's.
 */
@Injectable()
export class MailScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MailScheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly outbox: MailOutbox,
    private readonly results: ResultsNotices,
    private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick()
        .catch((error: unknown) => {
          this.logger.error(
            `Scheduler tick failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          return 0;
        })
        .finally(() => (this.running = null));
    }, this.config.mail.schedulerIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Queues whatever is due now; the number of messages newly queued. */
  async tick(): Promise<number> {
    const editions = await this.db.read((m) => m.find(EditionEntity, { order: { createdAt: 'ASC' } }));
    let queued = 0;
    for (const edition of editions) {
      queued += await this.db.transaction(async (m) => {
        const now = this.clock.now();
        let n = await this.deadlineReminders(m, edition, now);
        n += await this.judgingReminders(m, edition, now);
        n += await this.digest(m, edition, now);
        if (edition.finalizedAt && resultsArePublic(edition, now))
          n += await this.results.enqueue(m, edition);
        return n;
      });
    }
    return queued;
  }

  private async deadlineReminders(m: EntityManager, edition: EditionEntity, now: Date): Promise<number> {
    const slot = dueReminderSlot(now, edition.nominationsCloseAt, this.config.mail.deadlineReminderHours);
    if (slot === null || now < edition.nominationsOpenAt) return 0;
    const drafts = await m.find(NominationEntity, {
      where: { editionId: edition.id, status: 'DRAFT' },
      select: { id: true, nominatingInstitutionId: true },
    });
    const perInstitution = countBy(drafts, (d) => d.nominatingInstitutionId);
    return this.outbox.enqueueOnce(
      m,
      MailKind.REMINDER_DEADLINE,
      await nominatorsOf(m, [...perInstitution.keys()]),
      (user, to) => ({
        name: user.name,
        edition: edition.name,
        drafts: perInstitution.get(user.institutionId!) ?? 0,
        closeAt: formatInZone(edition.nominationsCloseAt, edition.timezone, to.language),
        url: `${this.config.mail.publicBaseUrl}/postulaciones`,
      }),
      (user) => `reminder.deadline:${edition.id}:${slot}h:${user.id}`,
    );
  }

  /** Active assignments on nominations still in competition, with whether each sheet is submitted. */
  private async judgingState(m: EntityManager, edition: EditionEntity) {
    const tracks = await m.findBy(TrackEntity, { editionId: edition.id });
    // Reminders concern the round each track is judging; a closed round's sheets are final.
    const roundOf = new Map(tracks.map((t) => [t.id, t.round]));
    const nominations = await m.find(NominationEntity, {
      where: { editionId: edition.id },
      select: { id: true, status: true, trackId: true },
    });
    const competing = nominations.filter((n) => isInCompetition(n.status));
    const competingIds = new Set(competing.map((n) => n.id));
    const assignments = (
      tracks.length === 0
        ? []
        : await m.findBy(AssignmentEntity, {
            trackId: In(tracks.map((t) => t.id)),
            status: AssignmentStatus.ACTIVE,
          })
    ).filter((a) => competingIds.has(a.nominationId) && a.round === roundOf.get(a.trackId));
    const submitted = new Set(
      assignments.length === 0
        ? []
        : (
            await m.find(ScoreSheetEntity, {
              where: { assignmentId: In(assignments.map((a) => a.id)), status: ScoreSheetStatus.SUBMITTED },
              select: { assignmentId: true },
            })
          ).map((s) => s.assignmentId),
    );
    return { tracks, competing, assignments, submitted };
  }

  private async judgingReminders(m: EntityManager, edition: EditionEntity, now: Date): Promise<number> {
    const slot = dueReminderSlot(now, edition.judgingCloseAt, this.config.mail.judgingReminderHours);
    if (slot === null || now < edition.judgingOpenAt) return 0;
    const { assignments, submitted } = await this.judgingState(m, edition);
    const pending = countBy(
      assignments.filter((a) => !submitted.has(a.id)),
      (a) => a.judgeId,
    );
    return this.outbox.enqueueOnce(
      m,
      MailKind.REMINDER_JUDGING,
      await activeUsers(m, [...pending.keys()]),
      (judge, to) => ({
        name: judge.name,
        edition: edition.name,
        pending: pending.get(judge.id)!,
        closeAt: formatInZone(edition.judgingCloseAt, edition.timezone, to.language),
        url: `${this.config.mail.publicBaseUrl}/jurado`,
      }),
      (judge) => `reminder.judging:${edition.id}:${slot}h:${judge.id}`,
    );
  }

  /** While judging is open: one digest per organiser and local day of the edition. */
  private async digest(m: EntityManager, edition: EditionEntity, now: Date): Promise<number> {
    if (now < edition.judgingOpenAt || now >= edition.judgingCloseAt || edition.finalizedAt) return 0;
    const { tracks, competing, assignments, submitted } = await this.judgingState(m, edition);
    const needed = new Map(tracks.map((t) => [t.id, t.judgesPerNomination]));
    const staffed = countBy(assignments, (a) => a.nominationId);
    const underAssigned = competing.filter(
      (n) => (staffed.get(n.id) ?? 0) < (needed.get(n.trackId) ?? 0),
    ).length;
    const failedDeliveries = await m.countBy(OutboxMessageEntity, { status: OutboxStatus.FAILED });
    const day = localDay(now, edition.timezone);
    return this.outbox.enqueueOnce(
      m,
      MailKind.ORGANISER_DIGEST,
      await activeOrganisers(m),
      (organiser, to) => ({
        name: organiser.name,
        edition: edition.name,
        day,
        submitted: submitted.size,
        total: assignments.length,
        underAssigned,
        failedDeliveries,
        closeAt: formatInZone(edition.judgingCloseAt, edition.timezone, to.language),
        url: `${this.config.mail.publicBaseUrl}/organizacion`,
      }),
      (organiser) => `digest:${edition.id}:${day}:${organiser.id}`,
    );
  }
}
