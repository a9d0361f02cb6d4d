import { ScoringInputError } from '../scoring/errors';
import { canonicalJson, sha256Hex } from '../seal/canonical';
import { buildPublicResultsDocument } from '../seal/results-document';
import type { ResultsDocument } from '../seal/results-document.types';
import { keyIdOf, sealStatementText, type PublicKeyRecord, type SignatureCheck } from '../seal/signature';
import {
  resultMismatches,
  verifyResultsDocument,
  type ResultMismatch,
  type VerificationReport,
} from '../seal/verify';
import { finalAwards, type AwardLine } from './awards';
import { publicBundleToInput } from './bundle-input';
import {
  PUBLIC_BUNDLE_FORMAT,
  PUBLIC_BUNDLE_FORMATS_READ,
  type PublicBundle,
  type PublicBundleSeal,
  type PublishedKey,
} from './public-bundle.types';

/**
 * What the signature check of one seal version found. VALID: the named key signed this statement. INVALID: the
 * signature does not match. UNKNOWN_KEY: the named key is not among the keys given. NOT_IN_FORCE: the key is
 * the organisation's but was not in force when the version was sealed. UNSIGNED: no signature.
 */
export type SignatureStatus = 'VALID' | 'INVALID' | 'UNKNOWN_KEY' | 'NOT_IN_FORCE' | 'UNSIGNED';

export interface VersionCheck {
  version: number;
  sha256: string;
  previousSealSha256: string | null;
  erratum: string | null;
  finalizedAt: string;
  /** The version's document hashes to its sha256 and recomputes to itself. */
  documentOk: boolean;
  /** Version number and previous hash follow the one before (1, 2…; each names its predecessor's hash). */
  chainOk: boolean;
  signature: { status: SignatureStatus; keyId: string | null; fingerprint: string | null };
}

export interface AwardCheck {
  categoryKey: string | null;
  award: string;
  sealed: string[] | null;
  recomputed: string[] | null;
  matches: boolean;
}

export interface TrackCheck {
  code: string;
  name: string;
  /** SHA-256 of the canonical JSON of this track in the sealed document. */
  sealedSha256: string | null;
  /** The same, of the track recomputed from the bundle's sheets and overrides. */
  recomputedSha256: string | null;
  matches: boolean;
  awards: AwardCheck[];
  /** Rows whose rank, aggregate or awards differ. */
  mismatches: ResultMismatch[];
}

export interface BundleVerification {
  /** Everything checks: data, sealed document, hash, every version's signature, and the chain. */
  ok: boolean;
  expectedSha256: string | null;
  /** SHA-256 of the document recomputed from the bundle's tracks, nominations, sheets and overrides. */
  recomputedSha256: string | null;
  /** SHA-256 of the document the bundle carries in `seal.results`. */
  publishedSha256: string | null;
  /** The recomputed document hashes to `seal.sha256`. */
  dataMatchesSeal: boolean;
  /** The carried document recomputes to itself and hashes to `seal.sha256`. */
  documentReport: VerificationReport | null;
  awards: { sealed: AwardLine[]; recomputed: AwardLine[] };
  mismatches: ResultMismatch[];
  tracks: TrackCheck[];
  /** Every version, oldest first; the last is the current one. */
  versions: VersionCheck[];
  signaturesOk: boolean;
  chainOk: boolean;
  /** Why the bundle could not be verified at all (malformed, or data the scoring refuses). */
  error: string | null;
}

export interface VerifyOptions {
  checkSignature: SignatureCheck;
  /**
   * The organisation's key list (`GET /api/public/keys`), when obtained separately: each seal must then be
   * signed by a listed key in force at its sealing instant. Without it, the keys carried by the bundle are used
   * and the verifier names them (their fingerprints are to be compared with the published ones).
   */
  trustedKeys?: readonly PublishedKey[];
}

/**
 * Recomputes every track from a public bundle and checks it, the hash, each seal version's signature and the
 * chain of versions. One code path for the CLI, the browser and the single-file verifier.
 */
export async function verifyPublicBundle(
  value: unknown,
  options: VerifyOptions,
): Promise<BundleVerification> {
  const failed = (error: string, partial: Partial<BundleVerification> = {}): BundleVerification => ({
    ok: false,
    expectedSha256: null,
    recomputedSha256: null,
    publishedSha256: null,
    dataMatchesSeal: false,
    documentReport: null,
    awards: { sealed: [], recomputed: [] },
    mismatches: [],
    tracks: [],
    versions: [],
    signaturesOk: false,
    chainOk: false,
    error,
    ...partial,
  });
  const shape = shapeProblem(value);
  if (shape) return failed(shape);
  const bundle = value as PublicBundle;
  const expected = bundle.seal.sha256.toLowerCase();
  let publishedSha256: string;
  let sealed: AwardLine[];
  let documentReport: VerificationReport;
  try {
    publishedSha256 = sha256Hex(canonicalJson(bundle.seal.results));
    sealed = finalAwards(bundle.seal.results);
    documentReport = verifyResultsDocument(bundle.seal.results, expected);
  } catch (error) {
    return failed(`seal.results is not a results document: ${message(error)}`, { expectedSha256: expected });
  }
  const versions = await checkVersions(bundle, options);
  const signaturesOk = versions.every((v) => v.signature.status === 'VALID');
  const chainOk = versions.every((v) => v.chainOk && v.documentOk);
  let recomputed: ResultsDocument;
  try {
    recomputed = buildPublicResultsDocument(publicBundleToInput(bundle));
  } catch (error) {
    if (!(error instanceof ScoringInputError) && !(error instanceof TypeError)) throw error;
    return failed(`the bundle's data cannot be scored: ${error.message}`, {
      expectedSha256: expected,
      publishedSha256,
      documentReport,
      awards: { sealed, recomputed: [] },
      versions,
      signaturesOk,
      chainOk,
    });
  }
  const recomputedSha256 = sha256Hex(canonicalJson(recomputed));
  const dataMatchesSeal = recomputedSha256 === expected;
  const mismatches = resultMismatches(bundle.seal.results, recomputed);
  return {
    ok: dataMatchesSeal && documentReport.ok && signaturesOk && chainOk,
    expectedSha256: expected,
    recomputedSha256,
    publishedSha256,
    dataMatchesSeal,
    documentReport,
    awards: { sealed, recomputed: finalAwards(recomputed) },
    mismatches,
    tracks: trackChecks(bundle, recomputed, mismatches),
    versions,
    signaturesOk,
    chainOk,
    error: null,
  };
}

function trackChecks(bundle: PublicBundle, recomputed: ResultsDocument, mismatches: ResultMismatch[]) {
  const names = new Map(bundle.tracks.map((t) => [t.code, t.name]));
  const sealedTracks = new Map(bundle.seal.results.tracks.map((t) => [t.code, t]));
  const againTracks = new Map(recomputed.tracks.map((t) => [t.code, t]));
  const codes = [...new Set([...sealedTracks.keys(), ...againTracks.keys()])].sort();
  return codes.map((code): TrackCheck => {
    const s = sealedTracks.get(code);
    const r = againTracks.get(code);
    const sealedSha256 = s ? sha256Hex(canonicalJson(s)) : null;
    const recomputedSha256 = r ? sha256Hex(canonicalJson(r)) : null;
    const lineKey = (l: AwardLine) => `${l.categoryKey ?? ''}\u0000${l.award}`;
    const sealedLines = new Map(
      (s ? finalAwards({ ...bundle.seal.results, tracks: [s] }) : []).map((l) => [lineKey(l), l]),
    );
    const againLines = new Map(
      (r ? finalAwards({ ...recomputed, tracks: [r] }) : []).map((l) => [lineKey(l), l]),
    );
    const awards = [...new Set([...sealedLines.keys(), ...againLines.keys()])].map((k): AwardCheck => {
      const a = sealedLines.get(k);
      const b = againLines.get(k);
      const line = (a ?? b)!;
      return {
        categoryKey: line.categoryKey,
        award: line.award,
        sealed: a ? a.nominationKeys : null,
        recomputed: b ? b.nominationKeys : null,
        matches: !!a && !!b && a.nominationKeys.join('\u0000') === b.nominationKeys.join('\u0000'),
      };
    });
    return {
      code,
      name: names.get(code) ?? code,
      sealedSha256,
      recomputedSha256,
      matches: sealedSha256 !== null && sealedSha256 === recomputedSha256,
      awards,
      mismatches: mismatches.filter((m) => m.trackCode === code),
    };
  });
}

async function checkVersions(bundle: PublicBundle, options: VerifyOptions): Promise<VersionCheck[]> {
  const chain = [...bundle.previousSeals, bundle.seal];
  const carried = new Map(bundle.keys.map((k) => [k.keyId, k]));
  const out: VersionCheck[] = [];
  for (const [i, seal] of chain.entries()) {
    const before = i > 0 ? chain[i - 1] : null;
    const correction = seal.results.correction;
    const chainOk =
      seal.version === i + 1 &&
      (before === null
        ? seal.previousSealSha256 === null && correction === undefined
        : seal.previousSealSha256 === before.sha256 &&
          correction?.previousSealSha256 === before.sha256 &&
          correction.version === seal.version &&
          correction.erratum === seal.erratum);
    out.push({
      version: seal.version,
      sha256: seal.sha256,
      previousSealSha256: seal.previousSealSha256,
      erratum: seal.erratum,
      finalizedAt: seal.finalizedAt,
      documentOk: documentOk(seal),
      chainOk,
      signature: await checkSignature(bundle, seal, carried, options),
    });
  }
  return out;
}

function documentOk(seal: PublicBundleSeal): boolean {
  try {
    return verifyResultsDocument(seal.results, seal.sha256).ok;
  } catch {
    return false;
  }
}

async function checkSignature(
  bundle: PublicBundle,
  seal: PublicBundleSeal,
  carried: ReadonlyMap<string, PublicKeyRecord>,
  options: VerifyOptions,
): Promise<VersionCheck['signature']> {
  if (!seal.signature) return { status: 'UNSIGNED', keyId: null, fingerprint: null };
  const { keyId } = seal.signature;
  const listed = options.trustedKeys
    ? options.trustedKeys.find((k) => k.keyId === keyId)
    : carried.get(keyId);
  // A key is known only under the id its own bytes give: a list cannot pass one key off as another.
  if (!listed || keyIdOf(listed.publicKey) !== keyId)
    return { status: 'UNKNOWN_KEY', keyId, fingerprint: null };
  const fingerprint = listed.fingerprint;
  const statement = sealStatementText({
    edition: bundle.edition.key,
    version: seal.version,
    sha256: seal.sha256,
    previousSealSha256: seal.previousSealSha256,
    auditHead: seal.auditHead,
    auditHeadSeq: seal.auditHeadSeq,
    finalizedAt: seal.finalizedAt,
    signedAt: seal.signature.signedAt,
  });
  let valid = false;
  try {
    valid = await options.checkSignature(listed.publicKey, statement, seal.signature.value);
  } catch {
    valid = false;
  }
  if (!valid) return { status: 'INVALID', keyId, fingerprint };
  if (options.trustedKeys && !inForce(listed as PublishedKey, seal.signature.signedAt)) {
    return { status: 'NOT_IN_FORCE', keyId, fingerprint };
  }
  return { status: 'VALID', keyId, fingerprint };
}

function inForce(key: PublishedKey, at: string): boolean {
  const t = Date.parse(at);
  return Date.parse(key.validFrom) <= t && (key.validTo === null || t < Date.parse(key.validTo));
}

function shapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not a JSON object';
  if (!PUBLIC_BUNDLE_FORMATS_READ.includes(value.formatVersion as string)) {
    return `formatVersion is ${JSON.stringify(value.formatVersion)}, expected "${PUBLIC_BUNDLE_FORMAT}"`;
  }
  if (value.rounds !== undefined && !Array.isArray(value.rounds)) return 'rounds is not an array';
  for (const key of ['tracks', 'nominations', 'scoreSheets', 'overrides', 'previousSeals', 'keys'] as const) {
    if (!Array.isArray(value[key])) return `${key} is not an array`;
  }
  if (!isRecord(value.edition) || typeof value.edition.key !== 'string') return 'edition is missing';
  for (const [i, seal] of [...(value.previousSeals as unknown[]), value.seal].entries()) {
    const where = i === (value.previousSeals as unknown[]).length ? 'seal' : `previousSeals[${i}]`;
    const problem = sealProblem(seal);
    if (problem) return `${where}: ${problem}`;
  }
  return null;
}

function sealProblem(seal: unknown): string | null {
  if (!isRecord(seal)) return 'missing';
  if (typeof seal.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(seal.sha256))
    return 'sha256 is not a SHA-256';
  if (!Number.isInteger(seal.version)) return 'version is not a number';
  if (!isRecord(seal.results) || !Array.isArray(seal.results.tracks))
    return 'results is not a results document';
  if (seal.signature !== null && !isRecord(seal.signature)) return 'signature is malformed';
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
