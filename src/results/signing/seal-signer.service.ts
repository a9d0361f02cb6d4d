import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Config } from '../../config/config';
import { TransactionRunner } from '../../database/transaction-runner';
import {
  publicKeyRecord,
  sealStatementText,
  SIGNATURE_ALGORITHM,
  type PublicKeyRecord,
  type SealSignature,
  type SealStatement,
} from '../../domain/seal';
import type { PublishedKey } from '../../domain/verification';
import { EditionEntity } from '../../database/schema/edition.entity';
import { SealEntity } from '../../database/schema/seal.entity';
import { SigningKeyEntity } from '../../database/schema/signing-key.entity';
import { Locks } from '../../database/locks';

/** The private key file: read it, or (when not named explicitly) make one, owner-only, in an owner-only folder. */
function loadOrCreateKey(file: string, configured: boolean, log: Logger): KeyObject {
  if (existsSync(file)) return createPrivateKey(readFileSync(file, 'utf8'));
  if (configured) throw new Error(`SEAL_SIGNING_KEY_FILE ${file} does not exist`);
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(dirname(file), 0o700);
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  log.log(`Generated a seal signing key in ${file}`);
  return privateKey;
}

/** The raw public key (base64url) of an Ed25519 private key. */
function publicKeyOf(privateKey: KeyObject): string {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
    throw new Error('The seal signing key is not Ed25519');
  return jwk.x;
}

function published(row: SigningKeyEntity): PublishedKey {
  return {
    keyId: row.keyId,
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: row.publicKey,
    fingerprint: row.fingerprint,
    validFrom: row.validFrom.toISOString(),
    validTo: row.validTo ? row.validTo.toISOString() : null,
  };
}

/**
 * Signs seals with the organisation's Ed25519 key (docs/results.md, "Signatures"). At start it loads the key
 * (or makes one), lists its public half in `signing_keys` — retiring, not deleting, any other key, so what
 * those signed still verifies — and signs any seal stored before signatures existed.
 */
@Injectable()
export class SealSigner implements OnApplicationBootstrap {
  private readonly log = new Logger(SealSigner.name);
  private privateKey?: KeyObject;
  private record?: PublicKeyRecord;
  /** Whether this process has made sure its key is listed (public reads then write nothing). */
  private listed = false;

  constructor(
    private readonly config: Config,
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.adopt(loadOrCreateKey(this.config.seal.keyFile, this.config.seal.keyFileConfigured, this.log));
  }

  /**
   * Makes `privateKey` the signing key (at start, or to rotate): it is listed from its first use on, and every
   * other key is then retired. The listing waits for a use so that starting an installation writes nothing.
   */
  async adopt(privateKey: KeyObject): Promise<PublicKeyRecord> {
    const record = publicKeyRecord(publicKeyOf(privateKey));
    this.log.log(`Seal signing key ${record.keyId}, fingerprint SHA-256 ${record.fingerprint}`);
    this.privateKey = privateKey;
    this.record = record;
    this.listed = false;
    await this.signUnsigned();
    return record;
  }

  /**
   * Lists the signing key inside the caller's transaction if it is not yet (audited). Call it before reading
   * the audit head a seal records, so that the listing entry comes before it.
   */
  async prepare(m: EntityManager): Promise<void> {
    await this.list(m, this.current().record);
  }

  /** Signs a seal statement now (after `prepare` in the same transaction). */
  sign(statement: Omit<SealStatement, 'format' | 'signedAt'>): SealSignature {
    const { privateKey, record } = this.current();
    const signedAt = this.clock.now().toISOString();
    const text = sealStatementText({ ...statement, signedAt });
    const value = sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64');
    return { algorithm: SIGNATURE_ALGORITHM, keyId: record.keyId, value, signedAt };
  }

  private current(): { privateKey: KeyObject; record: PublicKeyRecord } {
    if (!this.privateKey || !this.record) throw new Error('SealSigner used before start');
    return { privateKey: this.privateKey, record: this.record };
  }

  /** The key in `signing_keys` from now on (audited), any other current key retired (audited). */
  private async list(m: EntityManager, record: PublicKeyRecord): Promise<void> {
    await this.db.lock(m, Locks.signingKeys);
    const now = this.clock.now();
    const existing = await m.findOneBy(SigningKeyEntity, { keyId: record.keyId });
    if (existing?.validTo) throw new Error(`Seal signing key ${record.keyId} was retired; use a new key`);
    if (!existing) {
      await m.insert(SigningKeyEntity, { ...record, validFrom: now, validTo: null });
      await this.audit.append(m, null, 'signingKey.add', { type: 'signingKey', id: record.keyId }, null, {
        ...record,
        validFrom: now,
      });
    }
    for (const other of await m.findBy(SigningKeyEntity, { validTo: IsNull(), keyId: Not(record.keyId) })) {
      await m.update(SigningKeyEntity, { keyId: other.keyId }, { validTo: now });
      await this.audit.append(
        m,
        null,
        'signingKey.retire',
        { type: 'signingKey', id: other.keyId },
        { validTo: null },
        { validTo: now, replacedBy: record.keyId },
      );
    }
  }

  /** The organisation's keys, newest first, with their periods. */
  async keys(): Promise<PublishedKey[]> {
    if (!this.listed) {
      const { record } = this.current();
      await this.db.transaction((m) => this.list(m, record));
      this.listed = true;
    }
    const rows = await this.db.read((m) => m.find(SigningKeyEntity, { order: { validFrom: 'DESC' } }));
    return rows.map(published);
  }

  /** The public keys that signed these seals (what a public bundle carries). */
  async keysOf(keyIds: readonly string[]): Promise<PublicKeyRecord[]> {
    const wanted = new Set(keyIds);
    return (await this.keys())
      .filter((k) => wanted.has(k.keyId))
      .map(({ keyId, algorithm, publicKey, fingerprint }) => ({ keyId, algorithm, publicKey, fingerprint }));
  }

  /** Seals stored before signatures existed (or imported unsigned) are signed once, audited. */
  private async signUnsigned(): Promise<void> {
    await this.db.transaction(async (m) => {
      const unsigned = await m.find(SealEntity, { where: { signature: IsNull() }, order: { id: 'ASC' } });
      for (const seal of unsigned) {
        const edition = await m.findOneByOrFail(EditionEntity, { id: seal.editionId });
        await this.prepare(m);
        const signature = this.sign(statementOf(seal, edition.key));
        await m.update(SealEntity, { id: seal.id }, signatureColumns(signature));
        await this.audit.append(m, null, 'seal.sign', { type: 'seal', id: seal.id }, null, signature);
      }
    });
  }
}

/** How a seal row stores its signature. */
export function signatureColumns(signature: SealSignature) {
  return {
    signature: signature.value,
    signatureKeyId: signature.keyId,
    signedAt: new Date(signature.signedAt),
  };
}

/** The statement a seal row's signature signs, but for the signing instant. */
export function statementOf(
  seal: SealEntity,
  editionKey: string,
): Omit<SealStatement, 'format' | 'signedAt'> {
  return {
    edition: editionKey,
    version: seal.version,
    sha256: seal.sha256,
    previousSealSha256: seal.previousSealSha256,
    auditHead: seal.auditHead,
    auditHeadSeq: seal.auditHeadSeq,
    finalizedAt: seal.finalizedAt.toISOString(),
  };
}
