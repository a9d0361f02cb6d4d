import { EntityManager, In } from 'typeorm';
import type { Category, Criterion, TrackCode } from '../database/schema/track.entity';
import type { EditionEntity } from '../database/schema/edition.entity';
import type { EligibilityRule, InstitutionLevel } from '../domain/intake/eligibility';
import type { NominationStatus } from '../domain/intake/nomination-status';
import type { ResultsDocument } from '../domain/seal';
import { InstitutionEntity, InstitutionKind } from '../database/schema/institution.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import type { LoadedTrack } from './track-input';

export interface PublicInstitution {
  name: string;
  kind: InstitutionKind;
  level: InstitutionLevel;
  stateCode: string | null;
}

/** What the public may know of a nomination in competition: no contact data, no internal notes. */
export interface PublicNomination {
  id: string;
  key: string;
  trackCode: TrackCode;
  categoryKey: string | null;
  status: NominationStatus;
  title: string;
  summary: string;
  stateCode: string | null;
  nomineeInstitution: PublicInstitution;
  nominatingInstitution: PublicInstitution;
  evidenceUrls: string[];
  attachments: { name: string; mimeType: string; size: number; sha256: string }[];
  submittedAt: string | null;
  receiptHash: string | null;
}

export interface PublicTrack {
  code: TrackCode;
  name: string;
  eligibilityRule: EligibilityRule;
  categories: Category[];
  rubric: Criterion[];
  judgesPerNomination: number;
  blind: boolean;
}

export interface PublicEdition {
  id: string;
  key: string;
  name: string;
  year: number;
  timezone: string;
  announcementAt: string;
  participatingStates: string[];
  /** Who signs the certificates, frozen at sealing (absent in seals made before it existed). */
  signatories?: { name: string; post: string }[];
}

/**
 * The public descriptions stored beside the sealed document at finalisation, so that published responses are
 * built from the seal row alone and never change afterwards.
 */
export interface PublicSnapshot {
  edition: PublicEdition;
  /** By code. */
  tracks: PublicTrack[];
  /** The nominations the document names, by track code then key. */
  nominations: PublicNomination[];
}

export async function buildPublicSnapshot(
  m: EntityManager,
  edition: EditionEntity,
  tracks: readonly LoadedTrack[],
  document: ResultsDocument,
): Promise<PublicSnapshot> {
  const named = new Set(
    document.tracks.flatMap((t) =>
      [t, ...(t.rounds ?? [])].flatMap((part) =>
        part.results.flatMap((c) => c.rows.map((r) => `${t.code}\u0000${r.nominationKey}`)),
      ),
    ),
  );
  const nominations = tracks.flatMap((t) =>
    t.nominations
      .filter((n) => named.has(`${t.track.code}\u0000${n.key}`))
      .map((n) => ({ n, code: t.track.code })),
  );
  const institutionIds = [
    ...new Set(nominations.flatMap(({ n }) => [n.nomineeInstitutionId, n.nominatingInstitutionId])),
  ];
  const institutions = new Map<string, InstitutionEntity>();
  const attachments = new Map<string, AttachmentEntity[]>();
  const nominationIds = nominations.map(({ n }) => n.id);
  for (let i = 0; i < Math.max(institutionIds.length, nominationIds.length); i += 500) {
    const inst = institutionIds.slice(i, i + 500);
    if (inst.length)
      for (const row of await m.findBy(InstitutionEntity, { id: In(inst) })) institutions.set(row.id, row);
    const noms = nominationIds.slice(i, i + 500);
    if (noms.length) {
      const rows = await m.find(AttachmentEntity, {
        where: { nominationId: In(noms) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      for (const row of rows)
        attachments.set(row.nominationId, [...(attachments.get(row.nominationId) ?? []), row]);
    }
  }
  const institution = (id: string): PublicInstitution => {
    const row = institutions.get(id)!;
    return { name: row.name, kind: row.kind, level: row.level, stateCode: row.stateCode };
  };
  return {
    edition: {
      id: edition.id,
      key: edition.key,
      name: edition.name,
      year: edition.year,
      timezone: edition.timezone,
      announcementAt: edition.announcementAt.toISOString(),
      participatingStates: [...edition.participatingStates],
      signatories: (edition.signatories ?? []).map(({ name, post }) => ({ name, post })),
    },
    tracks: tracks.map(({ track }) => ({
      code: track.code,
      name: track.name,
      eligibilityRule: track.eligibilityRule,
      categories: track.categories.map((c) => ({ key: c.key, name: c.name })),
      rubric: track.rubric.map((c) => ({
        key: c.key,
        name: c.name,
        description: c.description,
        weight: c.weight,
        min: c.min,
        max: c.max,
        guidance: c.guidance.map((g) => ({ score: g.score, text: g.text })),
      })),
      judgesPerNomination: track.judgesPerNomination,
      blind: track.blind,
    })),
    nominations: nominations
      .map(({ n, code }) => ({
        id: n.id,
        key: n.key,
        trackCode: code,
        categoryKey: n.categoryKey,
        status: n.status,
        title: n.title,
        summary: n.summary,
        stateCode: n.stateCode,
        nomineeInstitution: institution(n.nomineeInstitutionId),
        nominatingInstitution: institution(n.nominatingInstitutionId),
        evidenceUrls: [...n.evidenceUrls],
        attachments: (attachments.get(n.id) ?? []).map((a) => ({
          name: a.name,
          mimeType: a.mimeType,
          size: a.size,
          sha256: a.sha256,
        })),
        submittedAt: n.submittedAt ? n.submittedAt.toISOString() : null,
        receiptHash: n.receiptHash,
      }))
      .sort((a, b) => cmp(a.trackCode, b.trackCode) || cmp(a.key, b.key)),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
