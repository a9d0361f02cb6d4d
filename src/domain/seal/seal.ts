import { canonicalJson, sha256Hex } from './canonical';
import type { ResultsDocument } from './results-document.types';

/** What a seal stores about the results: the canonical document and its hash, beside the audit chain head. */
export interface SealedResults {
  readonly document: ResultsDocument;
  readonly canonicalJson: string;
  readonly sha256: string;
  /** Head hash of the audit chain at the moment of sealing (kept apart from the document's own hash). */
  readonly auditHeadHash: string;
}

export function sealResults(document: ResultsDocument, auditHeadHash: string): SealedResults {
  const text = canonicalJson(document);
  return { document, canonicalJson: text, sha256: sha256Hex(text), auditHeadHash };
}
