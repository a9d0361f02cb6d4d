import { canonicalJson, sha256HexOfBytes } from './canonical';

/** What every seal signature signs: the canonical JSON of this statement (RFC 8785), as UTF-8. */
export const SEAL_STATEMENT_FORMAT = 'reconocimientos-seal-statement/1';
export const SIGNATURE_ALGORITHM = 'Ed25519';

/**
 * The facts a signature vouches for. The results themselves are covered by `sha256` (the document's hash);
 * `previousSealSha256` chains a corrected version to the one it replaces.
 */
export interface SealStatement {
  readonly format: typeof SEAL_STATEMENT_FORMAT;
  /** The edition's public key (e.g. reconocimientos-2018). */
  readonly edition: string;
  readonly version: number;
  readonly sha256: string;
  readonly previousSealSha256: string | null;
  readonly auditHead: string;
  readonly auditHeadSeq: number;
  /** ISO 8601 instant (UTC) the version was sealed. */
  readonly finalizedAt: string;
  /**
   * ISO 8601 instant (UTC) of the signature: the sealing instant, or later for a seal signed when imported or
   * when signatures were introduced. The key must have been in force then.
   */
  readonly signedAt: string;
}

export interface SealSignature {
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  /** The signing key (see `keyIdOf`). */
  readonly keyId: string;
  /** Base64 of the 64-byte Ed25519 signature. */
  readonly value: string;
  /** The statement's `signedAt`. */
  readonly signedAt: string;
}

/** A public key as published: the raw 32 bytes in base64url (a JWK's `x`), its fingerprint and id. */
export interface PublicKeyRecord {
  readonly keyId: string;
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  readonly publicKey: string;
  /** Lower-case hex SHA-256 of the raw public key bytes. */
  readonly fingerprint: string;
}

/** Checks one Ed25519 signature; Node and browsers each bring their own (node:crypto, WebCrypto). */
export type SignatureCheck = (publicKey: string, message: string, signature: string) => Promise<boolean>;

export function sealStatementText(statement: Omit<SealStatement, 'format'>): string {
  const { edition, version, sha256, previousSealSha256, auditHead, auditHeadSeq, finalizedAt, signedAt } =
    statement;
  return canonicalJson({
    format: SEAL_STATEMENT_FORMAT,
    edition,
    version,
    sha256,
    previousSealSha256,
    auditHead,
    auditHeadSeq,
    finalizedAt,
    signedAt,
  });
}

/** The bytes of base64 or base64url text (works in Node and in browsers). */
export function base64Bytes(text: string): Uint8Array {
  const plain = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(plain + '='.repeat((4 - (plain.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function keyFingerprint(publicKey: string): string {
  return sha256HexOfBytes(base64Bytes(publicKey));
}

/** A key's id: the first 16 hex digits of its fingerprint, so the id cannot name another key. */
export function keyIdOf(publicKey: string): string {
  return keyFingerprint(publicKey).slice(0, 16);
}

export function publicKeyRecord(publicKey: string): PublicKeyRecord {
  const fingerprint = keyFingerprint(publicKey);
  return { keyId: fingerprint.slice(0, 16), algorithm: SIGNATURE_ALGORITHM, publicKey, fingerprint };
}
