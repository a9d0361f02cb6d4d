import { Permission, requireAccess } from '../access/permissions';
import { assertNoOrganiserConflict } from '../governance/organiser-conflicts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { isStateCode } from '../catalog/states';
import { Clock } from '../common/clock/clock';
import { CommonErrors } from '../common/errors/common.errors';
import { DomainException, FieldProblem } from '../common/errors/domain-exception';
import { eligibilityViolations } from '../domain/intake/eligibility';
import { nominationAllows } from '../domain/intake/nomination-status';
import { receiptHash } from '../domain/intake/receipt';
import { allBy, eachById, findById, findByIdOrFail, readTogether } from '../database/find-by-id';
import { updateById } from '../database/plain-writes';
import { TransactionRunner } from '../database/transaction-runner';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { Role } from '../database/schema/user.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import {
  CreateNominationDto,
  EligibilityDecisionDto,
  ExtensionDto,
  NominationQueryDto,
  SubmitNominationDto,
  UpdateNominationDto,
} from './dto/nomination.dto';
import { NominationChannel, NominationEntity } from '../database/schema/nomination.entity';
import { requireNomination } from './nomination-access';
import { NominationView, presentNomination } from './nomination.presenter';
import { NominationErrors } from './nominations.errors';
import { searchNominations } from './nomination-search';
import { nominationWindowRefusal } from './nomination-window';
import { isBlank } from '../common/validation/visible-text';
import { Locks } from '../database/locks';
import { applyValues, missingRequired } from '../domain/intake/custom-fields';
import { invalidFields, toFieldProblems } from './fields/custom-fields';
import { fieldsOf } from '../database/track-fields';

export interface Receipt {
  nominationId: string;
  submittedAt: Date;
  sha256: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

function fieldProblem(field: string, es: string, en: string): FieldProblem {
  return { field, code: 'invalid', message: { es: `${field}: ${es}`, en: `${field}: ${en}` } };
}

@Injectable()
export class NominationsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuthUser, dto: CreateNominationDto): Promise<NominationView> {
    const nominatingInstitutionId = this.nominatingInstitutionFor(actor, dto.nominatingInstitutionId);
    // Keys are the system's: only an organiser recording an imported or paper nomination may keep its own.
    if (dto.key !== undefined && actor.role !== Role.ORGANISER) {
      throw this.invalid([fieldProblem('key', 'la asigna el sistema', 'is assigned by the system')]);
    }
    const nomination = await this.db.transaction(async (m) => {
      const track = await findById(m, TrackEntity, dto.trackId);
      if (!track) throw this.invalid([fieldProblem('trackId', 'no existe', 'does not exist')]);
      const edition = await findByIdOrFail(m, EditionEntity, track.editionId);
      if (edition.finalizedAt) throw new DomainException(NominationErrors.EDITION_CLOSED);
      if (actor.role === Role.NOMINATOR) this.assertWindowOpen(edition, null);
      const custom = applyValues(await fieldsOf(m, track.id), dto.categoryKey ?? null, {}, dto.fields);
      await this.assertReferences(
        m,
        track,
        { ...dto, nominatingInstitutionId },
        toFieldProblems(custom.problems),
      );
      const now = this.clock.now();
      const id = randomUUID();
      if (
        dto.key !== undefined &&
        (await m.existsBy(NominationEntity, { editionId: edition.id, key: dto.key }))
      ) {
        throw new DomainException(NominationErrors.KEY_TAKEN, { key: dto.key });
      }
      const created = m.create(NominationEntity, {
        id,
        key: dto.key ?? `N-${id.slice(0, 8)}`,
        editionId: edition.id,
        trackId: track.id,
        categoryKey: dto.categoryKey ?? null,
        nominatingInstitutionId,
        nomineeInstitutionId: dto.nomineeInstitutionId,
        stateCode: dto.stateCode ?? null,
        title: dto.title.trim(),
        summary: dto.summary.trim(),
        description: dto.description.trim(),
        practiceDetails: { ...(dto.practiceDetails ?? {}) },
        evidenceUrls: dto.evidenceUrls ?? [],
        customFields: custom.values,
        contactName: dto.contactName.trim(),
        contactEmail: dto.contactEmail.trim().toLowerCase(),
        contactPhone: dto.contactPhone ?? null,
        status: 'DRAFT',
        roundReached: 1,
        eligibilityReason: null,
        channel:
          actor.role === Role.ORGANISER ? (dto.channel ?? NominationChannel.PAPER) : NominationChannel.ONLINE,
        extendedUntil: null,
        submittedAt: null,
        publicationConsent: false,
        receiptHash: null,
        withdrawnAt: null,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(NominationEntity, created);
      await this.audit.append(m, actor, 'nomination.create', { type: 'nomination', id }, null, created);
      return created;
    });
    return presentNomination(nomination, actor, []);
  }

  async list(actor: AuthUser, query: NominationQueryDto): Promise<Page<NominationView>> {
    requireAccess(actor, Permission.NOMINATION_READ);
    const { rows, ...page } = await this.db.read((m) => searchNominations(m, actor, query));
    return { items: rows.map((n) => presentNomination(n, actor)), ...page };
  }

  async get(actor: AuthUser, id: string): Promise<NominationView> {
    return this.db.read(async (m) => {
      const nomination = await requireNomination(m, actor, id);
      const attachments = await m.find(AttachmentEntity, {
        where: { nominationId: id },
        order: { createdAt: 'ASC' },
      });
      return presentNomination(nomination, actor, attachments);
    });
  }

  async update(actor: AuthUser, id: string, dto: UpdateNominationDto): Promise<NominationView> {
    const nomination = await this.db.transaction(async (m) => {
      const before = await requireNomination(m, actor, id);
      const { edition, track } = await this.context(m, before);
      this.assertAllowed(before, 'EDIT');
      this.assertWindowOpen(edition, before.extendedUntil);
      const { channel, fields, ...changes } = dto;
      const after = m.merge(NominationEntity, m.create(NominationEntity, { ...before }), {
        ...changes,
        ...(actor.role === Role.ORGANISER && channel ? { channel } : {}),
        updatedAt: this.clock.now(),
      });
      // Values of fields that no longer apply (the category changed) are dropped with the others' checks.
      const custom = applyValues(
        await fieldsOf(m, track.id),
        after.categoryKey,
        before.customFields ?? {},
        fields,
      );
      after.customFields = custom.values;
      await this.assertReferences(m, track, after, toFieldProblems(custom.problems));
      await m.save(NominationEntity, after);
      await this.audit.append(m, actor, 'nomination.update', { type: 'nomination', id }, before, after);
      return after;
    });
    return presentNomination(nomination, actor);
  }

  /**
   * Submits a draft and returns its receipt. Repeating the call on a submitted nomination returns the same
   * receipt and changes nothing, so a client that lost the answer can safely retry.
   */
  async submit(actor: AuthUser, id: string, dto: SubmitNominationDto = {}): Promise<Receipt> {
    return this.db.transaction(async (m) => {
      const before = await requireNomination(m, actor, id);
      if (before.submittedAt && before.receiptHash && before.status !== 'WITHDRAWN') {
        await this.db.lockShared(m, Locks.judgingTrack(before.trackId));
        return { nominationId: id, submittedAt: before.submittedAt, sha256: before.receiptHash };
      }
      this.assertAllowed(before, 'SUBMIT');
      // The track's lock, then the three rows in one statement and the attachments, sent together in one round
      // trip on PostgreSQL (the deadline rush, docs/performance.md); a missing row gives context()'s error.
      const [[trackRow, editionRow, nomineeRow], attachments] = await this.db.lockSharedThen(
        m,
        Locks.judgingTrack(before.trackId),
        () =>
          readTogether(
            m,
            eachById(
              m,
              [TrackEntity, before.trackId],
              [EditionEntity, before.editionId],
              [InstitutionEntity, before.nomineeInstitutionId],
            ),
            allBy(m, AttachmentEntity, 'nominationId', id),
          ),
      );
      const track = trackRow ?? (await findByIdOrFail(m, TrackEntity, before.trackId));
      const edition = editionRow ?? (await findByIdOrFail(m, EditionEntity, before.editionId));
      if (edition.finalizedAt) throw new DomainException(NominationErrors.EDITION_CLOSED);
      this.assertWindowOpen(edition, before.extendedUntil);
      const nominee = nomineeRow ?? (await findByIdOrFail(m, InstitutionEntity, before.nomineeInstitutionId));
      const violation = eligibilityViolations({
        rule: track.eligibilityRule,
        participatingStates: edition.participatingStates,
        stateCode: before.stateCode,
        nomineeLevel: nominee.level,
      })[0];
      if (violation)
        throw new DomainException(NominationErrors[violation], { state: before.stateCode ?? '' });
      // Stored values are checked again (the definitions may have changed since the draft was saved), then the
      // required ones: one problem per field.
      const definitions = await fieldsOf(m, track.id);
      const stored = before.customFields ?? {};
      const fileKeys = new Set(attachments.flatMap((a) => (a.fieldKey ? [a.fieldKey] : [])));
      const fieldProblems = [
        ...applyValues(definitions, before.categoryKey, {}, stored).problems,
        ...missingRequired(definitions, before.categoryKey, stored, fileKeys),
      ];
      if (fieldProblems.length > 0) throw invalidFields(fieldProblems);
      const submittedAt = this.clock.now();
      const sha256 = receiptHash({
        key: before.key,
        trackCode: track.code,
        categoryKey: before.categoryKey,
        nominatingInstitutionId: before.nominatingInstitutionId,
        nomineeInstitutionId: before.nomineeInstitutionId,
        stateCode: before.stateCode,
        title: before.title,
        summary: before.summary,
        description: before.description,
        practiceDetails: before.practiceDetails,
        evidenceUrls: before.evidenceUrls,
        contactName: before.contactName,
        contactEmail: before.contactEmail,
        contactPhone: before.contactPhone,
        attachments: attachments.map((a) => ({
          name: a.name,
          sha256: a.sha256,
          size: a.size,
          ...(a.fieldKey ? { fieldKey: a.fieldKey } : {}),
        })),
        ...(Object.keys(stored).length > 0 ? { customFields: stored } : {}),
      });
      const changes = {
        status: 'SUBMITTED' as const,
        submittedAt,
        receiptHash: sha256,
        // Given with this submission (a withdrawn and resubmitted practice is asked again).
        publicationConsent: dto.publicationConsent === true,
        updatedAt: submittedAt,
      };
      await updateById(m, NominationEntity, id, changes);
      await this.audit.append(
        m,
        actor,
        'nomination.submit',
        { type: 'nomination', id },
        { status: before.status, publicationConsent: before.publicationConsent },
        changes,
      );
      return { nominationId: id, submittedAt, sha256 };
    });
  }

  async withdraw(actor: AuthUser, id: string): Promise<NominationView> {
    return this.transition(actor, id, 'nomination.withdraw', (n) => {
      if (n.status === 'WITHDRAWN') return null;
      this.assertAllowed(n, 'WITHDRAW');
      return { status: 'WITHDRAWN', withdrawnAt: this.clock.now() };
    });
  }

  async decideEligibility(actor: AuthUser, id: string, dto: EligibilityDecisionDto): Promise<NominationView> {
    if (dto.decision === 'INELIGIBLE' && isBlank(dto.reason))
      throw new DomainException(NominationErrors.REASON_REQUIRED);
    return this.transition(
      actor,
      id,
      'nomination.eligibility',
      (n) => {
        this.assertAllowed(n, 'DECIDE_ELIGIBILITY');
        return { status: dto.decision, eligibilityReason: isBlank(dto.reason) ? null : dto.reason!.trim() };
      },
      true,
    );
  }

  /** Extends one nomination's deadline; it can then be edited and submitted until `until`. */
  async extend(actor: AuthUser, id: string, dto: ExtensionDto): Promise<NominationView> {
    if (dto.until.getTime() <= this.clock.now().getTime()) {
      throw this.invalid([
        fieldProblem('until', 'debe ser un instante futuro', 'must be an instant in the future'),
      ]);
    }
    return this.transition(
      actor,
      id,
      'nomination.extend',
      (n) => {
        this.assertAllowed(n, 'EDIT');
        return { extendedUntil: dto.until };
      },
      true,
    );
  }

  /** Applies a status change computed from the current row (null: nothing to do), audited, in one transaction. */
  private async transition(
    actor: AuthUser,
    id: string,
    action: string,
    change: (n: NominationEntity) => Partial<NominationEntity> | null,
    // Decisions about a nomination (eligibility, an extension): refused to an organiser conflicted with it.
    decision = false,
  ): Promise<NominationView> {
    const nomination = await this.db.transaction(async (m) => {
      const before = await requireNomination(m, actor, id);
      // Finalisation holds the track's lock exclusively while it seals (PostgreSQL): a status change either
      // commits before the seal reads the nominations, or waits and then finds the edition finalised.
      await this.db.lockShared(m, Locks.judgingTrack(before.trackId));
      const { edition } = await this.context(m, before);
      if (edition.finalizedAt) throw new DomainException(NominationErrors.EDITION_CLOSED);
      if (decision) await assertNoOrganiserConflict(m, actor.id, before);
      const changes = change(before);
      if (!changes) return before;
      const after = { ...before, ...changes, updatedAt: this.clock.now() };
      await m.update(NominationEntity, { id }, { ...changes, updatedAt: after.updatedAt });
      await this.audit.append(m, actor, action, { type: 'nomination', id }, before, after);
      return after;
    });
    return presentNomination(nomination, actor);
  }

  private nominatingInstitutionFor(actor: AuthUser, requested: string | undefined): string {
    if (actor.role === Role.NOMINATOR) {
      if (!actor.institutionId || (requested && requested !== actor.institutionId)) {
        throw new DomainException(NominationErrors.NOT_YOUR_INSTITUTION);
      }
      return actor.institutionId;
    }
    if (!requested) {
      throw this.invalid([fieldProblem('nominatingInstitutionId', 'es obligatorio', 'is required')]);
    }
    return requested;
  }

  private async context(m: EntityManager, n: NominationEntity) {
    const track = await findByIdOrFail(m, TrackEntity, n.trackId);
    const edition = await findByIdOrFail(m, EditionEntity, n.editionId);
    return { track, edition };
  }

  private assertAllowed(n: NominationEntity, action: Parameters<typeof nominationAllows>[1]): void {
    if (nominationAllows(n.status, action)) return;
    throw new DomainException(
      action === 'EDIT' ? NominationErrors.NOT_EDITABLE : NominationErrors.WRONG_STATUS,
      {
        status: n.status,
      },
    );
  }

  private assertWindowOpen(edition: EditionEntity, extendedUntil: Date | null): void {
    const refusal = nominationWindowRefusal(edition, extendedUntil, this.clock.now());
    if (refusal) throw refusal;
  }

  /** References a DTO cannot check alone: category of the track, institutions that exist, a real state code. */
  private async assertReferences(
    m: EntityManager,
    track: TrackEntity,
    n: Pick<NominationEntity, 'nominatingInstitutionId' | 'nomineeInstitutionId'> & {
      categoryKey?: string | null;
      stateCode?: string | null;
    },
    fieldProblems: FieldProblem[] = [],
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (n.categoryKey && !track.categories.some((c) => c.key === n.categoryKey)) {
      problems.push(
        fieldProblem(
          'categoryKey',
          'no es una categoría de esta convocatoria',
          'is not a category of this track',
        ),
      );
    }
    if (!n.categoryKey && track.categories.length > 0) {
      problems.push(
        fieldProblem('categoryKey', 'es obligatoria en esta convocatoria', 'is required in this track'),
      );
    }
    if (n.stateCode && !isStateCode(n.stateCode)) {
      problems.push(
        fieldProblem('stateCode', 'no es una clave INEGI de entidad', 'is not an INEGI state code'),
      );
    }
    for (const field of ['nominatingInstitutionId', 'nomineeInstitutionId'] as const) {
      if ((await findById(m, InstitutionEntity, n[field])) === null) {
        problems.push(fieldProblem(field, 'la institución no existe', 'the institution does not exist'));
      }
    }
    problems.push(...fieldProblems);
    if (problems.length > 0) throw this.invalid(problems);
  }

  private invalid(problems: FieldProblem[]): DomainException {
    return new DomainException(CommonErrors.VALIDATION_FAILED, {}, problems);
  }
}
