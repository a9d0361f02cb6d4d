import { AuthUser } from '../access/auth-user';
import type { ConflictReason } from '../domain/conflicts';
import { isComplete } from '../domain/judging/score-rules';
import { EditionEntity } from '../database/schema/edition.entity';
import { Criterion, TrackEntity } from '../database/schema/track.entity';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import { blindName } from '../nominations/blind-copy';
import { NominationEntity, PracticeDetails } from '../database/schema/nomination.entity';
import { UserEntity } from '../database/schema/user.entity';
import { AssignmentEntity } from '../database/schema/assignment.entity';
import { ScoreSheetEntity } from '../database/schema/score-sheet.entity';
import { TrackFieldEntity } from '../database/schema/track-field.entity';
import { type CustomFieldValue, fieldApplies, type FieldType } from '../domain/intake/custom-fields';
import { seesContactData, seesJudgesPseudonymised } from './judging.policy';

/** A judge as organisers see it, or as observers see it (a pseudonym, no name, no contact data). */
export type JudgeRef = { id: string; name: string; email: string } | { pseudonym: string };

/** How `viewer` sees judge `judgeId`; `pseudonyms` are the observers' labels (observerJudgePseudonyms). */
export function judgeRef(
  actor: AuthUser,
  judgeId: string,
  users: ReadonlyMap<string, Pick<UserEntity, 'name' | 'email'>>,
  pseudonyms: ReadonlyMap<string, string>,
): JudgeRef {
  if (seesJudgesPseudonymised(actor)) return { pseudonym: pseudonyms.get(judgeId) ?? '?' };
  const user = users.get(judgeId);
  return { id: judgeId, name: user?.name ?? '', email: user?.email ?? '' };
}

export interface ScoreSheetView {
  id: string;
  assignmentId: string;
  scores: Record<string, number>;
  comment: string | null;
  /** For the nominating institution, reviewed by an organiser before it reaches them. */
  feedback: string | null;
  status: ScoreSheetEntity['status'];
  /** Every criterion of the rubric has a score. */
  complete: boolean;
  submittedAt: Date | null;
  reopenedAt: Date | null;
  reopenReason: string | null;
  /** A consensus revision: the first submitted scores (the ones above count), why, and when. */
  originalScores: Record<string, number> | null;
  revisionReason: string | null;
  revisedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function presentSheet(sheet: ScoreSheetEntity, rubric: readonly Criterion[]): ScoreSheetView {
  return {
    id: sheet.id,
    assignmentId: sheet.assignmentId,
    scores: sheet.scores,
    comment: sheet.comment,
    feedback: sheet.feedback,
    status: sheet.status,
    complete: isComplete(rubric, sheet.scores),
    submittedAt: sheet.submittedAt,
    reopenedAt: sheet.reopenedAt,
    reopenReason: sheet.reopenReason,
    originalScores: sheet.originalScores ?? null,
    revisionReason: sheet.revisionReason ?? null,
    revisedAt: sheet.revisedAt ?? null,
    createdAt: sheet.createdAt,
    updatedAt: sheet.updatedAt,
  };
}

export function sheetSummary(sheet: ScoreSheetEntity | undefined | null) {
  return sheet
    ? {
        status: sheet.status,
        submittedAt: sheet.submittedAt,
        reopenedAt: sheet.reopenedAt,
        updatedAt: sheet.updatedAt,
      }
    : null;
}

type InstitutionRef = Pick<InstitutionEntity, 'id' | 'name' | 'kind' | 'level' | 'stateCode'>;

export interface NominationForJudging {
  id: string;
  key: string;
  title: string;
  summary: string;
  description: string;
  practiceDetails: PracticeDetails;
  evidenceUrls: string[];
  categoryKey: string | null;
  stateCode: string | null;
  status: NominationEntity['status'];
  /** In a blind track, for its judges: the blind copy's name, and neither size nor hash of the original. */
  attachments: (Pick<AttachmentEntity, 'id' | 'name' | 'mimeType'> &
    Partial<Pick<AttachmentEntity, 'size' | 'sha256'>>)[];
  /**
   * The track's custom fields that apply to the nomination, in order, with their values (null: unanswered;
   * FILE: the attachment's id). Judges of a blind track get none of those marked as identifying.
   */
  customFields: JudgingFieldView[];
  /** Absent for judges of a blind track. */
  nominatingInstitution?: InstitutionRef;
  nomineeInstitution?: InstitutionRef;
  /** Organisers only. */
  contact?: { name: string; email: string; phone: string | null };
}

export interface JudgingFieldView {
  key: string;
  type: FieldType;
  labelEs: string;
  labelEn: string;
  options: { value: string; labelEs: string; labelEn: string }[];
  value: CustomFieldValue | null;
}

/** The keys of the fields a judge of a blind track must not see. */
export function hiddenFieldKeys(fields: readonly TrackFieldEntity[]): Set<string> {
  return new Set(fields.filter((f) => f.identifying).map((f) => f.key));
}

function institutionRef(i: InstitutionEntity | undefined): InstitutionRef | undefined {
  return i && { id: i.id, name: i.name, kind: i.kind, level: i.level, stateCode: i.stateCode };
}

/**
 * The nomination as `viewer` may see it while judging: judges of a blind track get neither institution (name
 * nor id), and only organisers get the contact data.
 */
export function presentNominationForJudging(
  actor: AuthUser,
  track: TrackEntity,
  nomination: NominationEntity,
  institutions: ReadonlyMap<string, InstitutionEntity>,
  attachments: readonly AttachmentEntity[],
  hideInstitutions: boolean,
  fields: readonly TrackFieldEntity[] = [],
): NominationForJudging {
  const blind = track.blind && hideInstitutions;
  const hidden = blind ? hiddenFieldKeys(fields) : new Set<string>();
  const values = nomination.customFields ?? {};
  const view: NominationForJudging = {
    id: nomination.id,
    key: nomination.key,
    title: nomination.title,
    summary: nomination.summary,
    description: nomination.description,
    practiceDetails: nomination.practiceDetails,
    evidenceUrls: nomination.evidenceUrls,
    categoryKey: nomination.categoryKey,
    stateCode: nomination.stateCode,
    status: nomination.status,
    attachments: attachments
      .map((a, index) =>
        blind
          ? // What the judge downloads is the blind copy: its name, and no hash of the original's bytes.
            { id: a.id, name: blindName(nomination.key, index, a.mimeType), mimeType: a.mimeType, a }
          : { id: a.id, name: a.name, mimeType: a.mimeType, size: a.size, sha256: a.sha256, a },
      )
      .filter(({ a }) => !(a.fieldKey && hidden.has(a.fieldKey)))
      .map(({ a: _a, ...rest }) => rest),
    customFields: fields
      .filter((f) => fieldApplies(f, nomination.categoryKey) && !hidden.has(f.key))
      .map((f) => ({
        key: f.key,
        type: f.type,
        labelEs: f.labelEs,
        labelEn: f.labelEn,
        options: f.options,
        value:
          f.type === 'FILE'
            ? (attachments.find((a) => a.fieldKey === f.key)?.id ?? null)
            : (values[f.key] ?? null),
      })),
  };
  if (!(track.blind && hideInstitutions)) {
    view.nominatingInstitution = institutionRef(institutions.get(nomination.nominatingInstitutionId));
    view.nomineeInstitution = institutionRef(institutions.get(nomination.nomineeInstitutionId));
  }
  if (seesContactData(actor)) {
    view.contact = {
      name: nomination.contactName,
      email: nomination.contactEmail,
      phone: nomination.contactPhone,
    };
  }
  return view;
}

export function trackForJudging(track: TrackEntity) {
  return {
    id: track.id,
    code: track.code,
    name: track.name,
    blind: track.blind,
    deliberation: track.deliberation,
    rubric: track.rubric,
  };
}

export function editionForJudging(edition: EditionEntity) {
  return {
    id: edition.id,
    name: edition.name,
    timezone: edition.timezone,
    judgingOpenAt: edition.judgingOpenAt,
    judgingCloseAt: edition.judgingCloseAt,
    finalizedAt: edition.finalizedAt,
  };
}

/** One row of a track's assignment list (organisers and observers). */
export function presentAssignmentRow(
  assignment: AssignmentEntity,
  nomination: Pick<NominationEntity, 'id' | 'key' | 'title' | 'status'> | undefined,
  judge: JudgeRef,
  sheet: ScoreSheetEntity | undefined,
  conflicts: readonly ConflictReason[],
) {
  return {
    id: assignment.id,
    trackId: assignment.trackId,
    status: assignment.status,
    source: assignment.source,
    recusalReason: assignment.recusalReason,
    recusedAt: assignment.recusedAt,
    createdAt: assignment.createdAt,
    nomination: nomination && {
      id: nomination.id,
      key: nomination.key,
      title: nomination.title,
      status: nomination.status,
    },
    judge,
    scoreSheet: sheetSummary(sheet),
    /** Conflicts the rules find today (affiliations or declarations changed after the assignment). */
    conflicts,
  };
}
