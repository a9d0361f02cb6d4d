import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { CommonErrors, notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { editionPhase } from '../domain/editions/phase';
import { isInCompetition } from '../domain/intake/nomination-status';
import { observerJudgePseudonyms } from '../database/judge-pseudonyms';
import { computeTrackResults, ScoringInputError } from '../domain/scoring';
import { anonymiseTrack } from '../domain/seal';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { JudgeRef } from '../judging/judging.presenter';
import { NominationEntity } from '../database/schema/nomination.entity';
import { Role, UserEntity } from '../database/schema/user.entity';
import { Award, OverrideKind } from '../domain/scoring/types';
import { assertNoOrganiserConflict, organiserConflictsIn } from '../governance/organiser-conflicts';
import { ProposalKind } from '../database/schema/proposal.entity';
import { ProposalsService } from '../governance/proposals.service';
import { AWARD_LABEL_EN, AWARD_LABEL_ES } from './awards-labels';
import { CreateOverrideDto } from './dto/override.dto';
import { OverrideEntity } from '../database/schema/override.entity';
import { ResultsErrors } from './results.errors';
import { LoadedTrack, loadTrackInput } from './track-input';
import { judgeIdsOfAliases, NominationRef, presentTrackResults } from './track-view';
import { Locks } from '../database/locks';

/** Observers see judges as J1, J2… (the same label on every page: database/judge-pseudonyms.ts). */
function pseudonymises(actor: AuthUser | null): boolean {
  return actor?.role === Role.OBSERVER;
}

export type TrackResultsView = Awaited<ReturnType<ResultsService['previewTrack']>>;

/**
 * The results preview of a track and the overrides of the computed awards (docs/results.md). Computation is
 * always `computeTrackResults` over the track's anonymised input (exactly what the seal will record), mapped
 * back to ids and names for the viewer.
 */
/** An override as decided: what a direct request applies, or a confirmed proposal carries. */
export interface OverrideRequest {
  kind: OverrideKind;
  award: Award | null;
  justification: string;
}

@Injectable()
export class ResultsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly proposals: ProposalsService,
  ) {}

  /** `viewer` null: the system (CLI), which sees what an organiser sees. */
  async previewTrack(actor: AuthUser | null, trackId: string) {
    const data = await this.db.read(async (m) => {
      const track = await m.findOneBy(TrackEntity, { id: trackId });
      if (!track) throw notFound();
      const edition = await m.findOneByOrFail(EditionEntity, { id: track.editionId });
      const loaded = await loadTrackInput(m, track);
      const institutions = await this.institutionNames(m, loaded.nominations);
      const users = await this.userNames(m, pseudonymises(actor) ? [] : loaded.judgeIds);
      const pseudonyms = pseudonymises(actor) ? await observerJudgePseudonyms(m) : new Map<string, string>();
      // The viewer's own conflicts of interest: the nominations it may not decide on (docs/governance.md).
      const conflictsOf = actor ? await organiserConflictsIn(m, actor.id, track.id) : () => [];
      const viewerConflicts = loaded.nominations
        .map((n) => ({ nominationKey: n.key, reasons: conflictsOf(n) }))
        .filter((c) => c.reasons.length > 0)
        .sort((x, y) => (x.nominationKey < y.nominationKey ? -1 : x.nominationKey > y.nominationKey ? 1 : 0));
      return { edition, loaded, institutions, users, pseudonyms, viewerConflicts };
    });
    return {
      ...this.present(actor, data.edition, data.loaded, data.institutions, data.users, data.pseudonyms),
      viewerConflicts: data.viewerConflicts,
    };
  }

  /** The preview of every track of an edition (CLI `results:compute`). */
  async previewEdition(actor: AuthUser | null, editionId: string) {
    const trackIds = await this.db.read(async (m) => {
      if (!(await m.existsBy(EditionEntity, { id: editionId }))) throw notFound();
      const tracks = await m.find(TrackEntity, { where: { editionId }, order: { code: 'ASC' } });
      return tracks.map((t) => t.id);
    });
    const out = [];
    for (const id of trackIds) out.push(await this.previewTrack(actor, id));
    return out;
  }

  async listOverrides(actor: AuthUser, trackId: string) {
    requireAccess(actor, Permission.RESULTS_PREVIEW);
    return this.db.read(async (m) => {
      const track = await m.findOneBy(TrackEntity, { id: trackId });
      if (!track) throw notFound();
      const overrides = await m.find(OverrideEntity, { where: { trackId }, order: { seq: 'ASC' } });
      return this.presentOverrides(m, overrides);
    });
  }

  /** Records an override (the last one of a nomination is in force); refused once the edition is finalised. */
  async createOverride(actor: AuthUser, trackId: string, dto: CreateOverrideDto) {
    const justification = dto.justification.trim();
    const problems = [];
    if (justification.length < 10) {
      problems.push({
        field: 'justification',
        code: 'minLength',
        message: {
          es: 'justification: el acta del jurado debe tener al menos 10 caracteres',
          en: 'justification: the jury’s minute must be at least 10 characters long',
        },
      });
    }
    if (dto.kind === 'SET_AWARD' && dto.award === undefined) {
      problems.push({
        field: 'award',
        code: 'required',
        message: {
          es: 'award: requerido para SET_AWARD (un premio, o null para ninguno)',
          en: 'award: required for SET_AWARD (an award, or null for none)',
        },
      });
    }
    if (dto.kind === 'EXCLUDE' && dto.award !== undefined && dto.award !== null) {
      problems.push({
        field: 'award',
        code: 'forbidden',
        message: {
          es: 'award: no se indica premio al excluir una postulación',
          en: 'award: an exclusion carries no award',
        },
      });
    }
    if (problems.length > 0) throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, problems);

    return this.db.transaction(async (m) => {
      const { track, nomination, edition } = await this.overrideTarget(m, actor, trackId, dto.nominationId);
      const request = {
        kind: dto.kind,
        award: dto.kind === 'SET_AWARD' ? (dto.award ?? null) : null,
        justification,
      };
      if (edition.fourEyes) {
        const what =
          request.kind === 'EXCLUDE'
            ? { es: 'excluir', en: 'exclude' }
            : request.award
              ? { es: AWARD_LABEL_ES[request.award], en: AWARD_LABEL_EN[request.award] }
              : { es: 'sin premio', en: 'no award' };
        return this.proposals.propose(m, actor, {
          editionId: track.editionId,
          kind: ProposalKind.OVERRIDE,
          payload: { trackId, nominationId: nomination.id, ...request },
          summary: {
            es: `${track.code} · ${nomination.key} (${nomination.title}): ${what.es}`,
            en: `${track.code} · ${nomination.key} (${nomination.title}): ${what.en}`,
          },
          reason: justification,
        });
      }
      return this.applyOverride(m, actor, track, nomination, request, actor.id);
    });
  }

  /** Carries out a confirmed override proposal in the confirming transaction (the checks run again). */
  async confirmOverride(
    m: EntityManager,
    actor: AuthUser,
    payload: OverrideRequest & { trackId: string; nominationId: string },
    proposedById: string,
  ) {
    const { track, nomination } = await this.overrideTarget(m, actor, payload.trackId, payload.nominationId);
    return this.applyOverride(m, actor, track, nomination, payload, proposedById);
  }

  /**
   * The track and nomination of an override, under the edition's results lock; 409/422 when it cannot apply,
   * 403 when the deciding organiser has a conflict of interest with the nomination.
   */
  private async overrideTarget(m: EntityManager, actor: AuthUser, trackId: string, nominationId: string) {
    const track = await m.findOneBy(TrackEntity, { id: trackId });
    if (!track) throw notFound();
    await this.db.lock(m, Locks.editionResults(track.editionId));
    const edition = await this.requireOpen(m, track.editionId);
    const nomination = await m.findOneBy(NominationEntity, { id: nominationId });
    if (!nomination || nomination.trackId !== track.id) {
      throw new DomainException(ResultsErrors.NOMINATION_NOT_IN_TRACK);
    }
    if (!isInCompetition(nomination.status)) {
      throw new DomainException(ResultsErrors.NOMINATION_NOT_IN_COMPETITION, { status: nomination.status });
    }
    await assertNoOrganiserConflict(m, actor.id, nomination);
    return { track, nomination, edition };
  }

  private async applyOverride(
    m: EntityManager,
    actor: AuthUser,
    track: TrackEntity,
    nomination: NominationEntity,
    request: OverrideRequest,
    createdById: string,
  ) {
    const last = await m.findOne(OverrideEntity, { where: { trackId: track.id }, order: { seq: 'DESC' } });
    const override = m.create(OverrideEntity, {
      id: randomUUID(),
      editionId: track.editionId,
      trackId: track.id,
      nominationId: nomination.id,
      seq: (last?.seq ?? 0) + 1,
      kind: request.kind,
      award: request.award,
      justification: request.justification,
      createdById,
      createdAt: this.clock.now(),
    });
    await m.insert(OverrideEntity, override);
    await this.audit.append(m, actor, 'override.create', { type: 'override', id: override.id }, null, {
      ...override,
      nominationKey: nomination.key,
    });
    return (await this.presentOverrides(m, [override]))[0];
  }

  /** Revokes an override while the edition is not finalised. */
  async deleteOverride(actor: AuthUser, trackId: string, overrideId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const track = await m.findOneBy(TrackEntity, { id: trackId });
      if (!track) throw notFound();
      await this.db.lock(m, Locks.editionResults(track.editionId));
      const override = await m.findOneBy(OverrideEntity, { id: overrideId, trackId });
      if (!override) throw notFound();
      await this.requireOpen(m, track.editionId);
      await m.delete(OverrideEntity, { id: overrideId });
      await this.audit.append(
        m,
        actor,
        'override.delete',
        { type: 'override', id: overrideId },
        override,
        null,
      );
    });
  }

  private async requireOpen(m: EntityManager, editionId: string): Promise<EditionEntity> {
    const edition = await m.findOneByOrFail(EditionEntity, { id: editionId });
    // Sealed results change again only inside an open correction (a new seal version).
    if (edition.finalizedAt && !edition.correctionOpenedAt) {
      throw new DomainException(ResultsErrors.EDITION_FINALIZED);
    }
    return edition;
  }

  private present(
    actor: AuthUser | null,
    edition: EditionEntity,
    loaded: LoadedTrack,
    institutions: ReadonlyMap<string, InstitutionEntity>,
    users: ReadonlyMap<string, Pick<UserEntity, 'name' | 'email'>>,
    pseudonyms: ReadonlyMap<string, string>,
  ) {
    const { track } = loaded;
    const refs = new Map<string, NominationRef>();
    for (const n of loaded.nominations) {
      const nominee = institutions.get(n.nomineeInstitutionId);
      refs.set(n.id, {
        id: n.id,
        key: n.key,
        title: n.title,
        categoryKey: n.categoryKey,
        status: n.status,
        nomineeInstitution: nominee ? { id: nominee.id, name: nominee.name } : null,
      });
    }
    let anonymised;
    let results;
    try {
      anonymised = anonymiseTrack(loaded.input);
      results = computeTrackResults(anonymised, { robustness: true });
    } catch (error) {
      if (error instanceof ScoringInputError) {
        throw new DomainException(ResultsErrors.INCONSISTENT_DATA, { detail: error.message });
      }
      throw error;
    }
    const judgeOf = judgeIdsOfAliases(loaded.input, anonymised);
    const judge = (alias: string): JudgeRef & { publicAlias: string } => {
      const id = judgeOf.get(alias) ?? alias;
      if (pseudonymises(actor)) return { pseudonym: pseudonyms.get(id) ?? '?', publicAlias: alias };
      const user = users.get(id);
      return { id, name: user?.name ?? '', email: user?.email ?? '', publicAlias: alias };
    };
    const competing = new Set(anonymised.nominations.map((n) => n.id));
    const byKey = new Map([...refs.values()].filter((r) => competing.has(r.key)).map((r) => [r.key, r]));
    const now = this.clock.now();
    return {
      track: {
        id: track.id,
        code: track.code,
        name: track.name,
        editionId: track.editionId,
        categories: track.categories,
        frozenAt: track.frozenAt,
      },
      edition: {
        id: edition.id,
        phase: editionPhase(edition, now),
        finalizedAt: edition.finalizedAt,
        publishedAt: edition.publishedAt,
      },
      ...presentTrackResults(results, {
        byKey,
        byId: refs,
        judge,
        overrides: loaded.overrides,
        computedOverrides: loaded.overrides.filter((o) => competing.has(refs.get(o.nominationId)?.key ?? '')),
      }),
      notInCompetition: loaded.nominations
        .filter((n) => !isInCompetition(n.status))
        .map((n) => ({ id: n.id, key: n.key, title: n.title, status: n.status })),
    };
  }

  private async presentOverrides(m: EntityManager, overrides: readonly OverrideEntity[]) {
    const nominations = new Map(
      (overrides.length
        ? await m.find(NominationEntity, {
            where: { id: In([...new Set(overrides.map((o) => o.nominationId))]) },
            select: { id: true, key: true, title: true },
          })
        : []
      ).map((n) => [n.id, n]),
    );
    const creators = await this.userNames(
      m,
      overrides.map((o) => o.createdById).filter((id) => id !== null),
    );
    return overrides.map((o) => {
      const n = nominations.get(o.nominationId);
      const creator = o.createdById ? creators.get(o.createdById) : undefined;
      return {
        id: o.id,
        trackId: o.trackId,
        seq: o.seq,
        nomination: { id: o.nominationId, key: n?.key ?? '', title: n?.title ?? '' },
        kind: o.kind,
        award: o.award,
        justification: o.justification,
        createdBy: o.createdById ? { id: o.createdById, name: creator?.name ?? '' } : null,
        createdAt: o.createdAt,
      };
    });
  }

  private async institutionNames(m: EntityManager, nominations: readonly NominationEntity[]) {
    const ids = [...new Set(nominations.map((n) => n.nomineeInstitutionId))];
    const out = new Map<string, InstitutionEntity>();
    for (let i = 0; i < ids.length; i += 500) {
      for (const row of await m.findBy(InstitutionEntity, { id: In(ids.slice(i, i + 500)) }))
        out.set(row.id, row);
    }
    return out;
  }

  private async userNames(m: EntityManager, ids: readonly string[]) {
    const unique = [...new Set(ids)];
    const out = new Map<string, Pick<UserEntity, 'name' | 'email'>>();
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await m.find(UserEntity, {
        where: { id: In(unique.slice(i, i + 500)) },
        select: { id: true, name: true, email: true },
      });
      for (const u of rows) out.set(u.id, { name: u.name, email: u.email });
    }
    return out;
  }
}
