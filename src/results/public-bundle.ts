import type { ResultsDocument, SheetDocument } from '../domain/seal';
import type { PublicKeyRecord } from '../domain/seal/signature';
import { PUBLIC_BUNDLE_FORMAT, type PublicBundle, type PublicBundleSeal } from '../domain/verification';
import type { SealEntity } from '../database/schema/seal.entity';
import type { PublicSnapshot } from './public-snapshot';

// The public bundle from what the seal rows store. Its types and its verification are pure domain code
// (src/domain/verification), shared by the CLI, the browser and verificador.js.

/** What is public about one seal version besides its document: hashes, chain, erratum, signature. */
export function sealFacts(seal: SealEntity): Omit<PublicBundleSeal, 'results'> {
  return {
    version: seal.version,
    sha256: seal.sha256,
    previousSealSha256: seal.previousSealSha256,
    erratum: seal.erratum,
    auditHead: seal.auditHead,
    auditHeadSeq: seal.auditHeadSeq,
    finalizedAt: seal.finalizedAt.toISOString(),
    signature:
      seal.signature && seal.signatureKeyId && seal.signedAt
        ? {
            algorithm: 'Ed25519',
            keyId: seal.signatureKeyId,
            value: seal.signature,
            signedAt: seal.signedAt.toISOString(),
          }
        : null,
  };
}

/** One seal version as the public bundle carries it. */
export function bundleSeal(seal: SealEntity): PublicBundleSeal {
  return { ...sealFacts(seal), results: JSON.parse(seal.resultsJson) as ResultsDocument };
}

/** The public bundle from what a seal stores: the sealed document and the public snapshot. */
export function buildPublicBundle(
  document: ResultsDocument,
  snapshot: PublicSnapshot,
  versions: readonly SealEntity[],
  keys: PublicKeyRecord[],
): PublicBundle {
  const seal = versions[versions.length - 1];
  const names = new Map(snapshot.tracks.map((t) => [t.code as string, t]));
  const { id: _editionId, ...edition } = snapshot.edition;
  return {
    formatVersion: PUBLIC_BUNDLE_FORMAT,
    edition: { ...edition, finalizedAt: seal.finalizedAt.toISOString() },
    tracks: document.tracks.map((t) => {
      const described = names.get(t.code);
      return {
        code: t.code,
        name: described?.name ?? t.code,
        eligibilityRule: described?.eligibilityRule ?? 'PARTICIPATING_STATE',
        categories: described?.categories ?? t.categories.map((key) => ({ key, name: key })),
        // The scoring half of each criterion is the sealed one; descriptions and guidance come from the track.
        rubric: t.rubric.map((c) => {
          const full = described?.rubric.find((r) => r.key === c.key);
          return {
            key: c.key,
            name: c.name ?? full?.name ?? c.key,
            description: full?.description ?? '',
            weight: c.weight,
            min: c.min,
            max: c.max,
            guidance: full?.guidance ?? [],
          };
        }),
        judgesPerNomination: described?.judgesPerNomination ?? 0,
        blind: described?.blind ?? false,
        minReviews: t.settings.minReviews,
        aggregation: t.settings.aggregation,
        places: t.settings.places,
        honourableMentions: t.settings.honourableMentions,
        threshold: t.settings.threshold,
      };
    }),
    nominations: snapshot.nominations.map(({ id: _id, ...n }) => n),
    scoreSheets: document.tracks.flatMap((t) =>
      t.sheets.map((s) => ({
        trackCode: t.code,
        nominationKey: s.nominationKey,
        judge: s.judge,
        scores: { ...s.scores },
        ...revisionOf(s),
      })),
    ),
    overrides: document.tracks.flatMap((t) =>
      t.overrides.map((o) => ({
        trackCode: t.code,
        nominationKey: o.nominationKey,
        kind: o.kind,
        award: o.award,
        justification: o.justification,
      })),
    ),
    ...(document.tracks.some((t) => t.rounds?.length)
      ? {
          rounds: document.tracks.flatMap((t) =>
            (t.rounds ?? []).map((r) => ({
              trackCode: t.code,
              number: r.number,
              aggregation: r.settings.aggregation,
              minReviews: r.settings.minReviews,
              rubric: r.rubric.map((c) => ({ ...c })),
              rule: r.shortlist.rule,
              size: r.shortlist.size,
              cut: r.shortlist.cut,
              shortlist: [...r.shortlist.nominationKeys],
              justification: r.shortlist.justification,
              scoreSheets: r.sheets.map((s) => ({
                nominationKey: s.nominationKey,
                judge: s.judge,
                scores: { ...s.scores },
                ...revisionOf(s),
              })),
            })),
          ),
        }
      : {}),
    seal: { ...bundleSeal(seal), results: document },
    previousSeals: versions.slice(0, -1).map(bundleSeal),
    keys,
  };
}

/** A revised sheet carries its first version, so the bundle's data recomputes the document that shows it. */
function revisionOf(sheet: SheetDocument) {
  return sheet.revision
    ? { revision: { originalScores: { ...sheet.revision.originalScores }, reason: sheet.revision.reason } }
    : {};
}
