import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain-exception';
import { compareKeys } from '../domain/scoring/round';
import { canonicalJson, resultMismatches, sha256Hex, type ResultsDocument } from '../domain/seal';
import { EditionEntity } from '../editions/edition.entity';
import { SealEntity } from './entities/seal.entity';
import { documentOf } from './finalization.service';
import { buildPublicSnapshot } from './public-snapshot';
import { ResultsErrors } from './results.errors';
import type { SealSigner } from './signing/seal-signer.service';
import { loadEditionInput } from './track-input';

export interface SealToImport {
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
  seal: SealToImport,
  signer: Pick<SealSigner, 'prepare' | 'sign'>,
): Promise<void> {
  const sealedText = canonicalJson(seal.results);
  if (sha256Hex(sealedText) !== seal.sha256) {
    throw new DomainException(ResultsErrors.SEAL_MISMATCH, {
      detail: 'seal.sha256 is not the hash of seal.results',
    });
  }
  const edition = await m.findOneByOrFail(EditionEntity, { id: editionId });
  const { tracks, input } = await loadEditionInput(m, edition);
  const recomputed = documentOf(input);
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
  const snapshot = await buildPublicSnapshot(m, edition, tracks, seal.results);
  const row = {
    version: 1,
    previousSealSha256: null,
    sha256: seal.sha256,
    auditHead: seal.auditHead,
    auditHeadSeq: seal.auditHeadSeq,
    finalizedAt: seal.finalizedAt,
  };
  // Signed by this installation: the organisation importing the edition vouches for the seal it now publishes.
  await signer.prepare(m);
  const signature = signer.sign({
    ...row,
    edition: edition.key,
    finalizedAt: seal.finalizedAt.toISOString(),
  });
  await m.insert(SealEntity, {
    ...row,
    erratum: null,
    signature: signature.value,
    signatureKeyId: signature.keyId,
    id: randomUUID(),
    editionId,
    resultsJson: sealedText,
    sha256: seal.sha256,
    auditHead: seal.auditHead,
    auditHeadSeq: seal.auditHeadSeq,
    publicJson: canonicalJson(snapshot),
    finalizedAt: seal.finalizedAt,
    finalizedById: seal.finalizedById,
  });
}
