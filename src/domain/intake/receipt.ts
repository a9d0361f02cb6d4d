import { createHash } from 'node:crypto';
import { canonicalJson } from '../seal/canonical';

export interface SubmittedContent {
  readonly key: string;
  readonly trackCode: string;
  readonly categoryKey: string | null;
  readonly nominatingInstitutionId: string;
  readonly nomineeInstitutionId: string;
  readonly stateCode: string | null;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly practiceDetails: object;
  readonly evidenceUrls: readonly string[];
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string | null;
  readonly attachments: readonly {
    readonly name: string;
    readonly sha256: string;
    readonly size: number;
    /** The custom file field it answers; absent for general evidence (so older receipts keep their hash). */
    readonly fieldKey?: string;
  }[];
  /** The custom fields' values; absent when there are none (so older receipts keep their hash). */
  readonly customFields?: object;
}

/**
 * The receipt hash: SHA-256 of the RFC 8785 canonical JSON of the submitted fields and the attachments'
 * hashes (sorted by hash, so upload order does not matter). Anyone holding the same content gets the same hash.
 */
export function receiptHash(content: SubmittedContent): string {
  const attachments = [...content.attachments].sort((a, b) =>
    a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0,
  );
  return createHash('sha256')
    .update(canonicalJson({ ...content, attachments }), 'utf8')
    .digest('hex');
}
