import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuthUser } from '../../access/auth-user';
import { Permission, requireAccess } from '../../access/permissions';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { notFound } from '../../common/errors/common.errors';
import { DomainException, FieldProblem } from '../../common/errors/domain-exception';
import { TransactionRunner } from '../../database/transaction-runner';
import { Locks } from '../../database/locks';
import { EditionEntity } from '../../database/schema/edition.entity';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { TrackEntity } from '../../database/schema/track.entity';
import { TrackRoundEntity } from '../../database/schema/track-round.entity';
import { computeTrackResults } from '../../domain/scoring';
import { checkShortlist, shortlistByRule, type ShortlistRule } from '../../domain/scoring/shortlist';
import { CloseRoundDto } from '../dto/round.dto';
import { ResultsErrors, SHORTLIST_MESSAGES } from '../results.errors';
import { loadTrackInput, roundSettings } from '../track-input';

export type TrackRounds = Awaited<ReturnType<RoundsService['list']>>;

/**
 * Rounds of a track (docs/judging.md, "Rounds"): the track judges its current round; closing it records the
 * round's settings and shortlist, sends the shortlisted nominations on, and opens the next round with an empty
 * panel and its settings open to change until its first sheet is submitted.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, trackId: string) {
    requireAccess(actor, Permission.RESULTS_PREVIEW);
    return this.db.read(async (m) => {
      const track = await m.findOneBy(TrackEntity, { id: trackId });
      if (!track) throw notFound();
      return this.present(m, track);
    });
  }

  async close(actor: AuthUser, trackId: string, dto: CloseRoundDto) {
    requireAccess(actor, Permission.ROUND_MANAGE);
    return this.db.transaction(async (m) => {
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const track = await m.findOneBy(TrackEntity, { id: trackId });
      if (!track) throw notFound();
      const edition = await m.findOneByOrFail(EditionEntity, { id: track.editionId });
      if (edition.finalizedAt) throw new DomainException(ResultsErrors.EDITION_FINALIZED);

      const loaded = await loadTrackInput(m, track);
      const results = computeTrackResults(loaded.input, { robustness: false });
      const rows = results.categories.flatMap((c) =>
        c.rows.map((r) => ({ id: r.nominationId, rank: r.rank, aggregate: r.aggregate })),
      );
      const keyOf = new Map(loaded.nominations.map((n) => [n.id, n.key]));
      const rule = ruleOf(dto);
      if (rule.kind !== 'SELECTION') {
        const short = results.categories.flatMap((c) =>
          c.rows.filter((r) => r.unrankedReason === 'QUORUM_MISSING').map((r) => keyOf.get(r.nominationId)!),
        );
        if (short.length)
          throw new DomainException(ResultsErrors.ROUND_INCOMPLETE, {
            count: short.length,
            nominations: short.join(', '),
          });
      }
      const shortlist = shortlistByRule(rows, rule) ?? dto.nominationIds ?? [];
      const justification = dto.justification?.trim() || null;
      const problems = checkShortlist(rows, rule, shortlist, justification);
      if (problems.length) {
        throw new DomainException(
          ResultsErrors.SHORTLIST_INVALID,
          {},
          problems.map((p): FieldProblem => {
            const names = p.ids.map((id) => keyOf.get(id) ?? id).join(', ');
            const fill = (s: string) => s.replace('{nominations}', names);
            const template = SHORTLIST_MESSAGES[p.code];
            return {
              field: p.code === 'JUSTIFICATION_MISSING' ? 'justification' : 'nominationIds',
              code: p.code,
              message: { es: fill(template.es), en: fill(template.en) },
            };
          }),
        );
      }

      const now = this.clock.now();
      const previous = await m.findOneBy(TrackRoundEntity, { trackId, number: track.round - 1 });
      const closed = m.create(TrackRoundEntity, {
        id: randomUUID(),
        trackId,
        number: track.round,
        rubric: track.rubric,
        judgesPerNomination: track.judgesPerNomination,
        minReviews: track.minReviews,
        aggregation: track.aggregation,
        blind: track.blind,
        deliberation: track.deliberation,
        deliberationNames: track.deliberationNames,
        openedAt: previous?.closedAt ?? null,
        closedAt: now,
        closedById: actor.id,
        rule: rule.kind,
        ruleSize: rule.kind === 'TOP_N' ? rule.size : null,
        ruleCut: rule.kind === 'CUT' ? rule.cut : null,
        shortlist: [...shortlist].sort(),
        justification,
      });
      await m.insert(TrackRoundEntity, closed);
      await m.update(NominationEntity, { id: In(closed.shortlist) }, { roundReached: track.round + 1 });
      // The next round starts with its settings open: they freeze again at its first submitted sheet.
      await m.update(
        TrackEntity,
        { id: trackId },
        { round: track.round + 1, frozenAt: null, consensusOpenedAt: null },
      );
      await this.audit.append(
        m,
        actor,
        'track.closeRound',
        { type: 'track', id: trackId },
        { round: track.round },
        {
          round: track.round + 1,
          closedRound: track.round,
          rule: rule.kind,
          size: closed.ruleSize,
          cut: closed.ruleCut,
          shortlist: closed.shortlist.map((id) => keyOf.get(id)),
          justification,
        },
      );
      return this.present(m, { ...track, round: track.round + 1 });
    });
  }

  private async present(m: EntityManager, track: Pick<TrackEntity, 'id' | 'round'>) {
    const closed = await m.find(TrackRoundEntity, { where: { trackId: track.id }, order: { number: 'ASC' } });
    const ids = [...new Set(closed.flatMap((r) => r.shortlist))];
    const nominations = new Map(
      (ids.length
        ? await m.find(NominationEntity, {
            where: { id: In(ids) },
            select: { id: true, key: true, title: true },
          })
        : []
      ).map((n) => [n.id, n]),
    );
    return {
      current: track.round,
      closed: closed.map((r) => ({
        number: r.number,
        aggregation: roundSettings(r).aggregation,
        judgesPerNomination: r.judgesPerNomination,
        minReviews: r.minReviews,
        criteria: r.rubric.length,
        rule: r.rule,
        size: r.ruleSize,
        cut: r.ruleCut,
        shortlist: r.shortlist
          .map((id) => nominations.get(id)!)
          .map((n) => ({ id: n.id, key: n.key, title: n.title }))
          .sort((a, b) => a.key.localeCompare(b.key)),
        justification: r.justification,
        openedAt: r.openedAt,
        closedAt: r.closedAt,
      })),
    };
  }
}

function ruleOf(dto: CloseRoundDto): ShortlistRule {
  switch (dto.rule) {
    case 'TOP_N':
      return { kind: 'TOP_N', size: dto.size! };
    case 'CUT':
      return { kind: 'CUT', cut: dto.cut! };
    case 'SELECTION':
      return { kind: 'SELECTION' };
  }
}
