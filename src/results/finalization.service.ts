import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { CommonErrors, notFound } from '../common/errors/common.errors';
import { DomainException, FieldProblem } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { resultsArePublic } from '../domain/editions/phase';
import { ScoringInputError } from '../domain/scoring';
import {
  buildResultsDocument,
  canonicalJson,
  nothingRanked,
  sealResults,
  type BlockerDocument,
  type ResultsDocument,
} from '../domain/seal';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { EntityManager, IsNull } from 'typeorm';
import { formatInZone } from '../domain/editions/wall-clock';
import { submissionWindow } from '../domain/intake/deadline';
import { CorrectionDto } from './dto/correction.dto';
import { FinalizeDto } from './dto/finalize.dto';
import { ProposalKind } from '../database/schema/proposal.entity';
import { type Proposed, ProposalsService } from '../governance/proposals.service';
import { CorrectionEntity } from '../database/schema/correction.entity';
import { SealEntity } from '../database/schema/seal.entity';
import { sealFacts } from './public-bundle';
import { PublicResultsService } from './public-results.service';
import { SealSigner, signatureColumns } from './signing/seal-signer.service';
import { buildPublicSnapshot } from './public-snapshot';
import { BLOCKER_MESSAGES, ResultsErrors } from './results.errors';
import { loadEditionInput } from './track-input';
import { Locks } from '../database/locks';

export interface SealView {
  editionId: string;
  version: number;
  sha256: string;
  previousSealSha256: string | null;
  erratum: string | null;
  signatureKeyId: string | null;
  auditHead: string;
  auditHeadSeq: number;
  finalizedAt: Date;
  finalizedById: string | null;
}

export interface FinalizationView {
  editionId: string;
  finalizedAt: Date;
  publishedAt: Date | null;
  /** Whether the public routes answer now. */
  public: boolean;
  seal: SealView;
}

export interface CorrectionView {
  id: string;
  editionId: string;
  /** The seal version finalising the correction will make. */
  version: number;
  justification: string;
  correctsSealSha256: string;
  openedAt: Date;
}

function correctionView(c: CorrectionEntity, correctsSealSha256: string): CorrectionView {
  const { id, editionId, version, justification, openedAt } = c;
  return { id, editionId, version, justification, correctsSealSha256, openedAt };
}

/** The newest seal version of an edition, or null before finalisation. */
export function latestSeal(m: EntityManager, editionId: string): Promise<SealEntity | null> {
  return m.findOne(SealEntity, { where: { editionId }, order: { version: 'DESC' } });
}

/** The results document of an edition from its current data, or 422 when the data cannot be scored. */
export function documentOf(input: Parameters<typeof buildResultsDocument>[0]): ResultsDocument {
  try {
    return buildResultsDocument(input);
  } catch (error) {
    if (error instanceof ScoringInputError) {
      throw new DomainException(ResultsErrors.INCONSISTENT_DATA, { detail: error.message });
    }
    throw error;
  }
}

/** One field problem per blocker of a finalisation (the 409 lists them all). */
export function blockerProblems(document: ResultsDocument): FieldProblem[] {
  const problems: FieldProblem[] = [];
  document.tracks.forEach((track, t) => {
    track.blockers.forEach((b: BlockerDocument, i) => {
      const template = BLOCKER_MESSAGES[b.code];
      const params: Record<string, string> = {
        track: track.code,
        category: b.categoryKey ? ` / ${b.categoryKey}` : '',
        minReviews: String(track.settings.minReviews),
        nominations: b.nominationKeys.join(', '),
        awards: b.awardsAtStake.map((a) => a ?? '—').join(', '),
      };
      const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
      problems.push({
        field: `tracks[${t}].blockers[${i}]`,
        code: b.code,
        message: { es: fill(template.es), en: fill(template.en) },
      });
    });
  });
  return problems;
}

function sealView(seal: SealEntity): SealView {
  return {
    editionId: seal.editionId,
    version: seal.version,
    sha256: seal.sha256,
    previousSealSha256: seal.previousSealSha256,
    erratum: seal.erratum,
    signatureKeyId: seal.signatureKeyId,
    auditHead: seal.auditHead,
    auditHeadSeq: seal.auditHeadSeq,
    finalizedAt: seal.finalizedAt,
    finalizedById: seal.finalizedById,
  };
}

/**
 * Finalisation (seal) and publication of an edition's results (docs/results.md). Both run in one transaction
 * under the edition's advisory lock, so two organisers or two instances produce exactly one seal.
 */
@Injectable()
export class FinalizationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly signer: SealSigner,
    private readonly published: PublicResultsService,
    private readonly proposals: ProposalsService,
  ) {}

  /**
   * Builds the results document of every track, canonicalises and hashes it, records the audit chain head,
   * stores the seal and sets `finalizedAt` (which locks judging, overrides and the edition) — all in one
   * transaction. 409 when already finalised, or with every blocker listed (quorum missing, a tie splitting
   * awards); nothing is stored then. Under four eyes the checks run the same, and the seal becomes a proposal
   * that another organiser confirms (docs/governance.md).
   */
  async finalize(
    actor: AuthUser | null,
    editionId: string,
    dto: FinalizeDto = {},
  ): Promise<FinalizationView | Proposed> {
    const outcome = await this.db.transaction(async (m) => {
      const prepared = await this.prepare(m, editionId, dto);
      if (prepared.edition.fourEyes && actor) {
        return this.proposals.propose(m, actor, {
          editionId,
          kind: ProposalKind.FINALIZE,
          payload: { editionId, acknowledgeNothingRanked: dto.acknowledgeNothingRanked === true },
          summary: prepared.correction
            ? {
                es: `Sellar la corrección (versión ${prepared.correction.version})`,
                en: `Seal the correction (version ${prepared.correction.version})`,
              }
            : { es: 'Sellar los resultados de la edición', en: 'Seal the edition’s results' },
          reason: dto.note?.trim() || '—',
        });
      }
      return this.sealPrepared(m, actor, prepared);
    });
    if ('seal' in outcome) this.published.forget(editionId);
    return outcome;
  }

  /** Seals in the caller's transaction (a confirmed four-eyes proposal): the same checks, then the seal. */
  async finalizeIn(
    m: EntityManager,
    actor: AuthUser,
    editionId: string,
    dto: FinalizeDto,
  ): Promise<FinalizationView> {
    return this.sealPrepared(m, actor, await this.prepare(m, editionId, dto));
  }

  /** What the seal needs, every refusal checked first, under the edition's and its tracks' locks. */
  private async prepare(m: EntityManager, editionId: string, dto: FinalizeDto) {
    await this.db.lock(m, Locks.editionResults(editionId));
    const edition = await m.findOneBy(EditionEntity, { id: editionId });
    if (!edition) throw notFound();
    const previous = await latestSeal(m, editionId);
    // A finalised edition is sealed again only to close its open correction (a new version).
    const correction = previous
      ? await m.findOneBy(CorrectionEntity, { editionId, sealedAt: IsNull() })
      : null;
    if ((edition.finalizedAt || previous) && !(edition.correctionOpenedAt && correction && previous)) {
      throw new DomainException(ResultsErrors.EDITION_FINALIZED);
    }
    // Judges may still submit while the window is open: the organiser waits, or closes judging early (audited).
    const now = this.clock.now();
    if (!correction && submissionWindow(now, edition.judgingOpenAt, edition.judgingCloseAt) !== 'CLOSED') {
      throw new DomainException(ResultsErrors.JUDGING_OPEN, {
        closesAt: formatInZone(edition.judgingCloseAt, edition.timezone, 'es'),
      });
    }
    // Assignment changes (assign, recuse, unassign) hold their track's lock: none runs while we seal.
    const trackIds = await m.find(TrackEntity, {
      where: { editionId },
      select: { id: true },
      order: { id: 'ASC' },
    });
    for (const { id } of trackIds) await this.db.lock(m, Locks.judgingTrack(id));
    const { tracks, input } = await loadEditionInput(m, edition);
    const document = documentOf(
      correction && previous
        ? {
            ...input,
            correction: {
              version: correction.version,
              previousSealSha256: previous.sha256,
              erratum: correction.justification,
            },
          }
        : input,
    );
    const problems = blockerProblems(document);
    if (problems.length > 0) {
      throw new DomainException(ResultsErrors.FINALIZATION_BLOCKED, { count: problems.length }, problems);
    }
    if (nothingRanked(document) && dto.acknowledgeNothingRanked !== true) {
      throw new DomainException(ResultsErrors.NOTHING_RANKED);
    }
    return { edition, previous, correction, tracks, document, now };
  }

  private async sealPrepared(
    m: EntityManager,
    actor: AuthUser | null,
    prepared: Awaited<ReturnType<FinalizationService['prepare']>>,
  ): Promise<FinalizationView> {
    const { edition, previous, correction, tracks, document, now } = prepared;
    const editionId = edition.id;
    const snapshot = await buildPublicSnapshot(m, edition, tracks, document);
    await this.signer.prepare(m);
    // Read under the audit chain lock (held to commit): nothing is appended between this head and our entry.
    const head = await this.audit.head(m);
    const sealed = sealResults(document, head.hash);
    const facts = {
      version: correction?.version ?? 1,
      sha256: sealed.sha256,
      previousSealSha256: previous?.sha256 ?? null,
      auditHead: sealed.auditHeadHash,
      auditHeadSeq: head.seq,
      finalizedAt: now,
    };
    const signature = this.signer.sign({
      ...facts,
      edition: edition.key,
      finalizedAt: now.toISOString(),
    });
    const seal = m.create(SealEntity, {
      ...facts,
      id: randomUUID(),
      editionId,
      resultsJson: sealed.canonicalJson,
      publicJson: canonicalJson(snapshot),
      finalizedById: actor?.id ?? null,
      erratum: correction?.justification ?? null,
      ...signatureColumns(signature),
    });
    await m.insert(SealEntity, seal);
    await m.update(
      EditionEntity,
      { id: editionId },
      { finalizedAt: now, correctionOpenedAt: null, updatedAt: now },
    );
    if (correction) await m.update(CorrectionEntity, { id: correction.id }, { sealedAt: now });
    await this.audit.append(
      m,
      actor,
      'edition.finalize',
      { type: 'edition', id: editionId },
      { finalizedAt: edition.finalizedAt, correctionOpenedAt: edition.correctionOpenedAt },
      {
        finalizedAt: now,
        seal: sealFacts(seal),
      },
    );
    const finalized = { ...edition, finalizedAt: now };
    return {
      editionId,
      finalizedAt: now,
      publishedAt: edition.publishedAt,
      public: resultsArePublic(finalized, now),
      seal: sealView(seal),
    };
  }

  /**
   * Opens a correction of sealed results, with its erratum (published with the new version): overrides and
   * sheet reopening are allowed again until it is finalised as the next seal version. 409 before finalisation
   * or while another correction is open.
   */
  async openCorrection(
    actor: AuthUser,
    editionId: string,
    dto: CorrectionDto,
  ): Promise<CorrectionView | Proposed> {
    const justification = (dto.justification ?? '').trim();
    if (justification.length < 10) {
      throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
        {
          field: 'justification',
          code: 'minLength',
          message: {
            es: 'justification: la fe de erratas es obligatoria y debe tener al menos 10 caracteres',
            en: 'justification: the erratum is required and must be at least 10 characters long',
          },
        },
      ]);
    }
    return this.db.transaction(async (m) => {
      const { edition } = await this.correctable(m, editionId);
      if (edition.fourEyes) {
        return this.proposals.propose(m, actor, {
          editionId,
          kind: ProposalKind.OPEN_CORRECTION,
          payload: { editionId, justification },
          summary: {
            es: 'Abrir una corrección de los resultados sellados',
            en: 'Open a correction of the sealed results',
          },
          reason: justification,
        });
      }
      return this.openCorrectionIn(m, actor, editionId, justification);
    });
  }

  /** Opens the correction in the caller's transaction (also what a confirmed OPEN_CORRECTION proposal does). */
  async openCorrectionIn(
    m: EntityManager,
    actor: AuthUser,
    editionId: string,
    justification: string,
  ): Promise<CorrectionView> {
    const { previous } = await this.correctable(m, editionId);
    const now = this.clock.now();
    const correction = m.create(CorrectionEntity, {
      id: randomUUID(),
      editionId,
      version: previous.version + 1,
      justification,
      openedById: actor.id,
      openedAt: now,
      sealedAt: null,
    });
    await m.insert(CorrectionEntity, correction);
    await m.update(EditionEntity, { id: editionId }, { correctionOpenedAt: now, updatedAt: now });
    await this.audit.append(m, actor, 'correction.open', { type: 'correction', id: correction.id }, null, {
      ...correction,
      correctsSealSha256: previous.sha256,
    });
    return correctionView(correction, previous.sha256);
  }

  /** The edition and its newest seal, under the results lock, when a correction may be opened (409 otherwise). */
  private async correctable(m: EntityManager, editionId: string) {
    await this.db.lock(m, Locks.editionResults(editionId));
    const edition = await m.findOneBy(EditionEntity, { id: editionId });
    if (!edition) throw notFound();
    const previous = await latestSeal(m, editionId);
    if (!edition.finalizedAt || !previous) throw new DomainException(ResultsErrors.NOT_FINALIZED);
    if (edition.correctionOpenedAt) throw new DomainException(ResultsErrors.CORRECTION_OPEN);
    return { edition, previous };
  }

  /** Makes sealed results public before the announcement; publishing again changes nothing. */
  async publish(actor: AuthUser, editionId: string): Promise<FinalizationView> {
    requireAccess(actor, Permission.EDITION_PUBLISH);
    return this.db.transaction(async (m) => {
      await this.db.lock(m, Locks.editionResults(editionId));
      const edition = await m.findOneBy(EditionEntity, { id: editionId });
      if (!edition) throw notFound();
      const seal = await latestSeal(m, editionId);
      if (!edition.finalizedAt || !seal) throw new DomainException(ResultsErrors.NOT_FINALIZED);
      const now = this.clock.now();
      if (!edition.publishedAt) {
        await m.update(EditionEntity, { id: editionId }, { publishedAt: now, updatedAt: now });
        await this.audit.append(
          m,
          actor,
          'edition.publish',
          { type: 'edition', id: editionId },
          { publishedAt: null },
          { publishedAt: now },
        );
        edition.publishedAt = now;
      }
      return {
        editionId,
        finalizedAt: edition.finalizedAt,
        publishedAt: edition.publishedAt,
        public: resultsArePublic(edition, now),
        seal: sealView(seal),
      };
    });
  }

  /** The seal of an edition, for organisers and observers (404 before finalisation). */
  async seal(actor: AuthUser | null, editionId: string): Promise<SealView> {
    requireAccess(actor, Permission.RESULTS_PREVIEW);
    const seal = await this.db.read((m) => latestSeal(m, editionId));
    if (!seal) throw notFound();
    return sealView(seal);
  }
}
