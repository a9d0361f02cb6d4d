import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../seal/canonical';
import { buildResultsDocument } from '../seal/results-document';
import type { ResultsDocument } from '../seal/results-document.types';
import { publicKeyRecord, sealStatementText } from '../seal/signature';
import { sealFixture } from '../seal/testing';
import { nodeSignatureCheck } from './node-signature';
import type { PublicBundle, PublicBundleSeal, PublishedKey } from './public-bundle.types';
import { verifyPublicBundle } from './verify-bundle';

const EPOCH = '2026-04-13T15:00:00.000Z';

function newKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, record: publicKeyRecord(publicKey.export({ format: 'jwk' }).x!) };
}

/** One signed seal version of `document`. */
function sealOf(
  document: ResultsDocument,
  version: number,
  previous: string | null,
  key: { privateKey: KeyObject; record: { keyId: string } },
  signedAt = EPOCH,
): PublicBundleSeal {
  const facts = { version, sha256: sha256Hex(canonicalJson(document)), previousSealSha256: previous };
  const statement = { ...facts, edition: document.edition.key, auditHead: '0'.repeat(64), auditHeadSeq: 1 };
  const text = sealStatementText({ ...statement, finalizedAt: EPOCH, signedAt });
  return {
    ...facts,
    erratum: document.correction?.erratum ?? null,
    auditHead: statement.auditHead,
    auditHeadSeq: 1,
    finalizedAt: EPOCH,
    signature: {
      algorithm: 'Ed25519',
      keyId: key.record.keyId,
      signedAt,
      value: sign(null, Buffer.from(text), key.privateKey).toString('base64'),
    },
    results: document,
  };
}

/** The public bundle whose data is the fixture's (what buildPublicBundle makes from a seal). */
function bundleOf(seals: PublicBundleSeal[], keys: PublicBundle['keys']): PublicBundle {
  const document = seals[seals.length - 1].results;
  return {
    formatVersion: 'reconocimientos-public-bundle/3',
    edition: {
      ...document.edition,
      year: 2018,
      timezone: 'America/Mexico_City',
      announcementAt: EPOCH,
      participatingStates: [],
      finalizedAt: EPOCH,
    },
    tracks: document.tracks.map((t) => ({
      code: t.code,
      name: t.code,
      eligibilityRule: 'NONE',
      categories: t.categories.map((key) => ({ key, name: key })),
      rubric: t.rubric.map((c) => ({ ...c, name: c.name as string, description: '', guidance: [] })),
      judgesPerNomination: 0,
      blind: false,
      ...t.settings,
    })),
    nominations: document.tracks.flatMap((t) =>
      t.results.flatMap((c) =>
        c.rows.map((r) => ({
          key: r.nominationKey,
          trackCode: t.code,
          categoryKey: c.categoryKey,
          status: r.status,
          title: r.nominationKey,
          summary: '',
          stateCode: null,
          nomineeInstitution: { name: 'I', kind: 'OTHER', level: 'STATE', stateCode: null },
          nominatingInstitution: { name: 'I', kind: 'OTHER', level: 'STATE', stateCode: null },
          evidenceUrls: [],
          attachments: [],
          submittedAt: null,
          receiptHash: null,
        })),
      ),
    ),
    scoreSheets: document.tracks.flatMap((t) =>
      t.sheets.map((s) => ({
        trackCode: t.code,
        nominationKey: s.nominationKey,
        judge: s.judge,
        scores: s.scores,
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
    seal: seals[seals.length - 1],
    previousSeals: seals.slice(0, -1),
    keys,
  };
}

const check = { checkSignature: nodeSignatureCheck };
const listed = (
  record: PublishedKey | ReturnType<typeof publicKeyRecord>,
  validTo: string | null = null,
): PublishedKey => ({
  ...record,
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo,
});

describe('verifying a public bundle: data, hashes, signatures and the chain of versions', () => {
  const key = newKey();
  const v1 = buildResultsDocument(sealFixture());
  const v1Sha = sha256Hex(canonicalJson(v1));
  const v2 = buildResultsDocument({
    ...sealFixture(),
    correction: { version: 2, previousSealSha256: v1Sha, erratum: 'Fe de erratas: sin cambios de fondo.' },
  });

  it('passes a signed version 1, per track, naming the key', async () => {
    const report = await verifyPublicBundle(bundleOf([sealOf(v1, 1, null, key)], [key.record]), check);
    expect(report).toMatchObject({ ok: true, signaturesOk: true, chainOk: true, dataMatchesSeal: true });
    expect(report.tracks.every((t) => t.matches && t.sealedSha256 === t.recomputedSha256)).toBe(true);
    expect(report.versions[0].signature).toEqual({
      status: 'VALID',
      keyId: key.record.keyId,
      fingerprint: key.record.fingerprint,
    });
  });

  it('passes a chain of two versions', async () => {
    const seals = [sealOf(v1, 1, null, key), sealOf(v2, 2, v1Sha, key)];
    const report = await verifyPublicBundle(bundleOf(seals, [key.record]), check);
    expect(report).toMatchObject({ ok: true, chainOk: true });
  });

  it('fails a version that does not name its predecessor’s hash', async () => {
    const seals = [sealOf(v1, 1, null, key), sealOf(v2, 2, '1'.repeat(64), key)];
    const report = await verifyPublicBundle(bundleOf(seals, [key.record]), check);
    expect(report.chainOk).toBe(false);
    expect(report.ok).toBe(false);
  });

  it('fails a signature that does not match', async () => {
    const seal = sealOf(v1, 1, null, key);
    const tampered = { ...seal, auditHeadSeq: 2 };
    const report = await verifyPublicBundle(bundleOf([tampered], [key.record]), check);
    expect(report.versions[0].signature.status).toBe('INVALID');
    expect(report.ok).toBe(false);
  });

  it('fails a seal signed by a key that is not given, or that a key list does not hold', async () => {
    const stranger = newKey();
    const bundle = bundleOf([sealOf(v1, 1, null, stranger)], [key.record]);
    expect((await verifyPublicBundle(bundle, check)).versions[0].signature.status).toBe('UNKNOWN_KEY');
    const carried = bundleOf([sealOf(v1, 1, null, stranger)], [stranger.record]);
    const report = await verifyPublicBundle(carried, { ...check, trustedKeys: [listed(key.record)] });
    expect(report.versions[0].signature).toMatchObject({
      status: 'UNKNOWN_KEY',
      keyId: stranger.record.keyId,
    });
  });

  it('fails a key passed off under another key’s id', async () => {
    const stranger = newKey();
    const seal = sealOf(v1, 1, null, { privateKey: stranger.privateKey, record: key.record });
    const report = await verifyPublicBundle(
      bundleOf([seal], [{ ...key.record, publicKey: stranger.record.publicKey }]),
      check,
    );
    expect(report.versions[0].signature.status).toBe('UNKNOWN_KEY');
  });

  it('with a key list, accepts a retired key for what it signed while in force, not after', async () => {
    const retired = [listed(key.record, '2026-05-01T00:00:00.000Z')];
    const inForce = bundleOf([sealOf(v1, 1, null, key)], [key.record]);
    expect((await verifyPublicBundle(inForce, { ...check, trustedKeys: retired })).ok).toBe(true);
    const late = bundleOf([sealOf(v1, 1, null, key, '2026-06-01T00:00:00.000Z')], [key.record]);
    const report = await verifyPublicBundle(late, { ...check, trustedKeys: retired });
    expect(report.versions[0].signature.status).toBe('NOT_IN_FORCE');
  });

  it('fails an unsigned seal', async () => {
    const report = await verifyPublicBundle(
      bundleOf([{ ...sealOf(v1, 1, null, key), signature: null }], [key.record]),
      check,
    );
    expect(report.versions[0].signature.status).toBe('UNSIGNED');
    expect(report.ok).toBe(false);
  });

  it('fails a changed score, naming the track and the row', async () => {
    const bundle = bundleOf([sealOf(v1, 1, null, key)], [key.record]);
    const sheet = bundle.scoreSheets.find((s) => s.trackCode === 'FEDERAL_PROACTIVE')!;
    sheet.scores.quality = sheet.scores.quality === 0 ? 1 : 0;
    const report = await verifyPublicBundle(bundle, check);
    expect(report.dataMatchesSeal).toBe(false);
    const federal = report.tracks.find((t) => t.code === 'FEDERAL_PROACTIVE')!;
    expect(federal.matches).toBe(false);
    expect(federal.mismatches.map((m) => m.nominationKey)).toContain(sheet.nominationKey);
    expect(report.tracks.find((t) => t.code === 'LOCAL_OPEN_GOV')!.matches).toBe(true);
  });

  it('refuses what is not a bundle of this format', async () => {
    expect(
      (await verifyPublicBundle({ formatVersion: 'reconocimientos-public-bundle/1' }, check)).error,
    ).toContain('formatVersion');
  });
});
