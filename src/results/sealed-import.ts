import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain-exception';
import { compareKeys } from '../domain/scoring/round';
import { canonicalJson, resultMismatches, sha256Hex, type ResultsDocument } from '../domain/seal';
import { EditionEntity } from '../database/schema/edition.entity';
import { SealEntity } from '../database/schema/seal.entity';
import { documentOf } from './finalization.service';
import { buildPublicSnapshot } from './public-snapshot';
import { ResultsErrors } from './results.errors';
import { signatureColumns, type SealSigner } from './signing/seal-signer.service';
import { loadEditionInput } from './track-input';

export interface SealToImport {
  version: number;
  previousSealSha256: string | null;
  erratum: string | null;
  sha256: string;
  auditHead: string;
  auditHeadSeq: number;
  finalizedAt: Date;
  finalizedById: string | null;
  results: ResultsDocument;
}

/**
 * A results document with the judges' public numbers taken out. Judges are numbered by their first sheet
 * when sheets are sorted by nomination key then judge id, and judge ids are the installation's own: another
 * installation importing the same edition may number judges who first appear on the same nomination
 * differently. Everything else (ranks, aggregates, traces, awards, the counted scores) must be identical.
 */
export function withoutJudgeNumbers(document: ResultsDocument): unknown {
  const sorted = <T>(items: readonly T[]) => items.map((item) => canonicalJson(item)).sort(compareKeys);
  return {
    ...document,
    tracks: document.tracks.map((t) => ({
      ...t,
      judges: sorted(t.judges.map((j) => ({ ...j, judge: '', group: null }))),
      sheets: sorted(t.sheets.map((s) => ({ ...s, judge: '' }))),
    })),
  };
}

/**
 * Stores the seal of an imported, finalised edition inside the import transaction, after recomputing the
 * edition's results from the rows just imported with the same loader and scoring as finalisation: the bundle's
 * sealed document must be what its own data gives (up to the judges' numbering), or the import is refused.
 * The audit head is kept as the original installation's evidence.
 */
export async function importSeal(
  m: EntityManager,
  editionId: string,
  versions: readonly SealToImport[],
  signer: Pick<SealSigner, 'prepare' | 'sign'>,
): Promise<void> {
  const seal = versions[versions.length - 1];
  for (const v of versions) {
    if (sha256Hex(canonicalJson(v.results)) !== v.sha256) {
      throw new DomainException(ResultsErrors.SEAL_MISMATCH, {
        detail: `seal version ${v.version}: sha256 is not the hash of its results`,
      });
    }
  }
  const sealedText = canonicalJson(seal.results);
  const edition = await m.findOneByOrFail(EditionEntity, { id: editionId });
  const { tracks, input } = await loadEditionInput(m, edition);
  // The bundle's data is the current version's: it recomputes to a document naming the same correction.
  const correction = seal.results.correction;
  const recomputed = documentOf(correction ? { ...input, correction } : input);
  const same =
    canonicalJson(recomputed) === sealedText ||
    canonicalJson(withoutJudgeNumbers(recomputed)) === canonicalJson(withoutJudgeNumbers(seal.results));
  if (!same) {
    const rows = resultMismatches(seal.results, recomputed)
      .slice(0, 5)
      .map(
        (x) =>
          `${x.trackCode} ${x.nominationKey} ${x.field}: ${String(x.published)} ≠ ${String(x.recomputed)}`,
      );
    throw new DomainException(ResultsErrors.SEAL_MISMATCH, {
      detail: rows.length > 0 ? rows.join('; ') : 'the sealed document differs from the recomputed one',
    });
  }
  // Earlier versions keep today's public descriptions: the current data is the only one imported.
  const publicJson = canonicalJson(await buildPublicSnapshot(m, edition, tracks, seal.results));
  // Signed by this installation: the organisation importing the edition vouches for the seals it now publishes.
  await signer.prepare(m);
  for (const v of versions) {
    const facts = {
      version: v.version,
      previousSealSha256: v.previousSealSha256,
      sha256: v.sha256,
      auditHead: v.auditHead,
      auditHeadSeq: v.auditHeadSeq,
    };
    const signature = signer.sign({
      ...facts,
      edition: edition.key,
      finalizedAt: v.finalizedAt.toISOString(),
    });
    await m.insert(SealEntity, {
      ...facts,
      id: randomUUID(),
      editionId,
      erratum: v.erratum,
      resultsJson: canonicalJson(v.results),
      publicJson,
      finalizedAt: v.finalizedAt,
      finalizedById: v.finalizedById,
      ...signatureColumns(signature),
    });
  }
}
