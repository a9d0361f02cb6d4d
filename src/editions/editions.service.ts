import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { type Proposed, ProposalsService } from '../governance/proposals.service';
import { ProposalKind } from '../database/schema/proposal.entity';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { visibleText } from '../common/validation/visible-text';
import { timelineProblems } from '../domain/editions/phase';
import { shiftWallClockYears } from '../domain/editions/wall-clock';
import { submissionWindow } from '../domain/intake/deadline';
import { defaultEligibilityRule } from '../domain/intake/eligibility';
import { TransactionRunner } from '../database/transaction-runner';
import { DEFAULT_TRACK_SETTINGS, TRACK_DEFAULTS } from './defaults/track-defaults';
import { CloneEditionDto, CloseJudgingDto, CreateEditionDto, UpdateEditionDto } from './dto/edition.dto';
import { UpdateTrackDto } from './dto/track.dto';
import { EditionEntity } from '../database/schema/edition.entity';
import { EditionView, presentEdition } from './edition.presenter';
import { EditionErrors } from './editions.errors';
import { TrackCode, TrackEntity } from '../database/schema/track.entity';
import { assertValidRubric } from './tracks.validation';
import { canonicalJsonOf } from '../domain/seal/canonical';

/** Settings that freeze once the first score sheet of the track is submitted. */
const FROZEN_FIELDS = [
  'rubric',
  'aggregation',
  'minReviews',
  'places',
  'honourableMentions',
  'threshold',
] as const;

/**
 * How nominations are scored and awarded: under four eyes, changing one of these once the call has opened needs
 * a second organiser (docs/governance.md).
 */
export const SCORING_SETTINGS = [...FROZEN_FIELDS, 'judgesPerNomination'] as const;

@Injectable()
export class EditionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly proposals: ProposalsService,
  ) {}

  async list(actor: AuthUser): Promise<EditionView[]> {
    requireAccess(actor, Permission.EDITION_READ);
    const editions = await this.db.read((m) =>
      m.find(EditionEntity, { order: { year: 'DESC', createdAt: 'ASC' } }),
    );
    const now = this.clock.now();
    return editions.map((e) => presentEdition(e, now));
  }

  async get(actor: AuthUser, id: string): Promise<EditionView> {
    requireAccess(actor, Permission.EDITION_READ);
    const edition = await this.db.read((m) => m.findOneBy(EditionEntity, { id }));
    if (!edition) throw notFound();
    return presentEdition(edition, this.clock.now());
  }

  async create(actor: AuthUser | null, dto: CreateEditionDto): Promise<EditionView> {
    this.assertTimeline(dto);
    if (!dto.participatingStates?.length && dto.allowNoParticipatingStates !== true) {
      throw new DomainException(EditionErrors.NO_PARTICIPATING_STATES, {}, [
        {
          field: 'participatingStates',
          code: 'noParticipatingStates',
          message: {
            es: 'participatingStates: elija al menos una entidad, o envíe allowNoParticipatingStates: true',
            en: 'participatingStates: choose at least one state, or send allowNoParticipatingStates: true',
          },
        },
      ]);
    }
    const edition = await this.db.transaction((m) => this.insertEdition(m, actor, dto));
    return presentEdition(edition, this.clock.now());
  }

  /** Stores a new edition with its two tracks and their default rubrics, inside the caller's transaction. */
  async insertEdition(
    m: EntityManager,
    actor: AuthUser | null,
    dto: CreateEditionDto,
  ): Promise<EditionEntity> {
    const now = this.clock.now();
    const id = randomUUID();
    const edition = m.create(EditionEntity, {
      id,
      key: dto.key ?? `edicion-${dto.year}-${id.slice(0, 8)}`,
      name: dto.name.trim(),
      year: dto.year,
      timezone: dto.timezone ?? 'America/Mexico_City',
      nominationsOpenAt: dto.nominationsOpenAt,
      nominationsCloseAt: dto.nominationsCloseAt,
      judgingOpenAt: dto.judgingOpenAt,
      judgingCloseAt: dto.judgingCloseAt,
      announcementAt: dto.announcementAt,
      participatingStates: [...(dto.participatingStates ?? [])].sort(),
      signatories: (dto.signatories ?? []).map(({ name, post }) => ({ name, post })),
      finalizedAt: null,
      publishedAt: null,
      correctionOpenedAt: null,
      archivedAt: null,
      fourEyes: dto.fourEyes ?? true,
      retentionMonths: dto.retentionMonths ?? 24,
      retentionAppliedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await m.insert(EditionEntity, edition);
    await this.audit.append(m, actor, 'edition.create', { type: 'edition', id }, null, edition);
    for (const code of Object.values(TrackCode)) {
      const defaults = TRACK_DEFAULTS[code];
      const track = m.create(TrackEntity, {
        id: randomUUID(),
        editionId: id,
        code,
        name: defaults.name,
        eligibilityRule: defaultEligibilityRule(code),
        rubric: defaults.rubric,
        ...DEFAULT_TRACK_SETTINGS,
        frozenAt: null,
        round: 1,
      });
      await m.insert(TrackEntity, track);
      await this.audit.append(m, actor, 'track.create', { type: 'track', id: track.id }, null, track);
    }
    return edition;
  }

  /**
   * Under four eyes, turning it off is itself a proposal: the whole change waits for another organiser.
   */
  async update(actor: AuthUser, id: string, dto: UpdateEditionDto): Promise<EditionView | Proposed> {
    const outcome = await this.db.transaction(async (m) => {
      const before = await this.requireOpenEdition(m, id);
      if (before.fourEyes && dto.fourEyes === false) {
        return this.proposals.propose(m, actor, {
          editionId: id,
          kind: ProposalKind.FOUR_EYES_OFF,
          payload: { editionId: id, changes: { ...dto } },
          summary: {
            es: 'Desactivar los cuatro ojos de la edición',
            en: 'Turn four eyes off for the edition',
          },
          reason: '—',
        });
      }
      return this.updateIn(m, actor, before, dto);
    });
    return 'proposal' in outcome ? outcome : presentEdition(outcome, this.clock.now());
  }

  /** The edition's change in the caller's transaction (also what a confirmed FOUR_EYES_OFF proposal does). */
  async updateIn(
    m: EntityManager,
    actor: AuthUser,
    current: EditionEntity | string,
    dto: UpdateEditionDto,
  ): Promise<EditionEntity> {
    const before = typeof current === 'string' ? await this.requireOpenEdition(m, current) : current;
    const after = m.merge(EditionEntity, m.create(EditionEntity, { ...before }), {
      ...dto,
      ...(dto.participatingStates ? { participatingStates: [...dto.participatingStates].sort() } : {}),
      updatedAt: this.clock.now(),
    });
    this.assertTimeline(after);
    await m.save(EditionEntity, after);
    await this.audit.append(m, actor, 'edition.update', { type: 'edition', id: before.id }, before, after);
    return after;
  }

  /**
   * Archives an edition (or brings it back): nothing in it changes, it only leaves the organisers' everyday
   * lists. Any edition may be archived, sealed ones included; both steps are audited.
   */
  async setArchived(actor: AuthUser, id: string, archived: boolean): Promise<EditionView> {
    requireAccess(actor, Permission.EDITION_MANAGE);
    const edition = await this.db.transaction(async (m) => {
      const before = await m.findOneBy(EditionEntity, { id });
      if (!before) throw notFound();
      if (!!before.archivedAt === archived) {
        throw new DomainException(archived ? EditionErrors.ALREADY_ARCHIVED : EditionErrors.NOT_ARCHIVED);
      }
      const now = this.clock.now();
      const after = { ...before, archivedAt: archived ? now : null };
      await m.update(EditionEntity, { id }, { archivedAt: after.archivedAt });
      await this.audit.append(
        m,
        actor,
        archived ? 'edition.archive' : 'edition.unarchive',
        { type: 'edition', id },
        { archivedAt: before.archivedAt },
        { archivedAt: after.archivedAt },
      );
      return after;
    });
    return presentEdition(edition, this.clock.now());
  }

  /**
   * Closes the judging window now, before its planned end, so that the results can be sealed (sealing is
   * refused while judges may still submit). Only while judging is open; the planned close and the reason are
   * kept in the audit trail.
   */
  async closeJudging(actor: AuthUser, id: string, dto: CloseJudgingDto): Promise<EditionView> {
    const edition = await this.db.transaction(async (m) => {
      const before = await this.requireOpenEdition(m, id);
      const now = this.clock.now();
      if (submissionWindow(now, before.judgingOpenAt, before.judgingCloseAt) !== 'OPEN') {
        throw new DomainException(EditionErrors.JUDGING_NOT_OPEN);
      }
      // A deadline includes its whole second: the window ends with the second before this one, so that it is
      // closed at once (no sheet accepted after the organiser closed it).
      const lastSecond = new Date(Math.floor(now.getTime() / 1000) * 1000 - 1000);
      const closeAt = lastSecond < before.judgingOpenAt ? before.judgingOpenAt : lastSecond;
      const after = { ...before, judgingCloseAt: closeAt, updatedAt: now };
      await m.update(EditionEntity, { id }, { judgingCloseAt: closeAt, updatedAt: now });
      await this.audit.append(
        m,
        actor,
        'edition.closeJudging',
        { type: 'edition', id },
        { judgingCloseAt: before.judgingCloseAt },
        { judgingCloseAt: closeAt, reason: visibleText(dto.reason) },
      );
      return after;
    });
    return presentEdition(edition, this.clock.now());
  }

  /** A new edition with the same structure (tracks, rubrics, settings, states), local times one year later or more. */
  async clone(actor: AuthUser, id: string, dto: CloneEditionDto): Promise<EditionView> {
    const edition = await this.db.transaction(async (m) => {
      const source = await m.findOneBy(EditionEntity, { id });
      if (!source) throw notFound();
      const year = dto.year ?? source.year + 1;
      const years = year - source.year;
      const shift = (d: Date) => shiftWallClockYears(d, source.timezone, years);
      const copy = await this.insertEdition(m, actor, {
        name: dto.name ?? source.name.replace(String(source.year), String(year)),
        year,
        timezone: source.timezone,
        nominationsOpenAt: shift(source.nominationsOpenAt),
        nominationsCloseAt: shift(source.nominationsCloseAt),
        judgingOpenAt: shift(source.judgingOpenAt),
        judgingCloseAt: shift(source.judgingCloseAt),
        announcementAt: shift(source.announcementAt),
        participatingStates: source.participatingStates,
        signatories: source.signatories,
        fourEyes: source.fourEyes,
        retentionMonths: source.retentionMonths,
      });
      const sourceTracks = await m.findBy(TrackEntity, { editionId: source.id });
      for (const track of sourceTracks) {
        await m.update(
          TrackEntity,
          { editionId: copy.id, code: track.code },
          {
            name: track.name,
            eligibilityRule: track.eligibilityRule,
            categories: track.categories,
            rubric: track.rubric,
            judgesPerNomination: track.judgesPerNomination,
            minReviews: track.minReviews,
            aggregation: track.aggregation,
            places: track.places,
            honourableMentions: track.honourableMentions,
            threshold: track.threshold,
            blind: track.blind,
          },
        );
      }
      await this.audit.append(m, actor, 'edition.clone', { type: 'edition', id: copy.id }, null, {
        from: source.id,
      });
      return copy;
    });
    return presentEdition(edition, this.clock.now());
  }

  async listTracks(actor: AuthUser, editionId: string): Promise<TrackEntity[]> {
    requireAccess(actor, Permission.EDITION_READ);
    return this.db.read(async (m) => {
      if (!(await m.existsBy(EditionEntity, { id: editionId }))) throw notFound();
      return m.find(TrackEntity, { where: { editionId }, order: { code: 'ASC' } });
    });
  }

  async getTrack(actor: AuthUser, id: string): Promise<TrackEntity> {
    requireAccess(actor, Permission.EDITION_READ);
    const track = await this.db.read((m) => m.findOneBy(TrackEntity, { id }));
    if (!track) throw notFound();
    return track;
  }

  /**
   * Under four eyes, a change of a scoring setting once the call has opened is a proposal instead; other
   * settings change at once.
   */
  async updateTrack(actor: AuthUser, id: string, dto: UpdateTrackDto): Promise<TrackEntity | Proposed> {
    if (dto.rubric) assertValidRubric(dto.rubric);
    return this.db.transaction(async (m) => {
      const before = await m.findOneBy(TrackEntity, { id });
      if (!before) throw notFound();
      const edition = await this.requireOpenEdition(m, before.editionId);
      const scoring = SCORING_SETTINGS.filter(
        (f) => dto[f] !== undefined && canonicalJsonOf(dto[f]) !== canonicalJsonOf(before[f]),
      );
      if (edition.fourEyes && scoring.length > 0 && this.clock.now() >= edition.nominationsOpenAt) {
        this.assertNotFrozen(before, dto);
        return this.proposals.propose(m, actor, {
          editionId: edition.id,
          kind: ProposalKind.SCORING_SETTINGS,
          payload: { trackId: id, changes: { ...dto } },
          summary: {
            es: `${before.code}: cambiar ${scoring.join(', ')}`,
            en: `${before.code}: change ${scoring.join(', ')}`,
          },
          reason: '—',
        });
      }
      return this.updateTrackIn(m, actor, before, dto);
    });
  }

  /** The track's change in the caller's transaction (also what a confirmed SCORING_SETTINGS proposal does). */
  async updateTrackIn(
    m: EntityManager,
    actor: AuthUser,
    current: TrackEntity | string,
    dto: UpdateTrackDto,
  ): Promise<TrackEntity> {
    const before = typeof current === 'string' ? await m.findOneBy(TrackEntity, { id: current }) : current;
    if (!before) throw notFound();
    if (typeof current === 'string') await this.requireOpenEdition(m, before.editionId);
    this.assertNotFrozen(before, dto);
    const after: TrackEntity = Object.assign(m.create(TrackEntity, { ...before }), dto);
    await m.save(TrackEntity, after);
    await this.audit.append(m, actor, 'track.update', { type: 'track', id: before.id }, before, after);
    return after;
  }

  private assertNotFrozen(track: TrackEntity, dto: UpdateTrackDto): void {
    if (track.frozenAt && FROZEN_FIELDS.some((f) => dto[f] !== undefined)) {
      throw new DomainException(EditionErrors.TRACK_FROZEN);
    }
  }

  private async requireOpenEdition(m: EntityManager, id: string): Promise<EditionEntity> {
    const edition = await m.findOneBy(EditionEntity, { id });
    if (!edition) throw notFound();
    if (edition.finalizedAt) throw new DomainException(EditionErrors.EDITION_FINALIZED);
    return edition;
  }

  private assertTimeline(
    dates: Pick<
      EditionEntity,
      'nominationsOpenAt' | 'nominationsCloseAt' | 'judgingOpenAt' | 'judgingCloseAt' | 'announcementAt'
    >,
  ): void {
    const problems = timelineProblems(dates);
    if (problems.length > 0) {
      throw new DomainException(
        EditionErrors.TIMELINE_ORDER,
        {},
        problems.map((p) => ({
          field: p.field,
          code: 'ORDER',
          message: {
            es: `${p.field}: debe ser posterior o igual a la fecha anterior`,
            en: `${p.field}: must not be earlier than the previous date`,
          },
        })),
      );
    }
  }
}
