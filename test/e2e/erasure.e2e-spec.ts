import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ERASED_PERSONAL_VALUE } from '../../src/audit/audit.service';
import {
  nodeSignatureCheck,
  verifyPublicBundle,
  type PublicBundle,
  type PublishedKey,
} from '../../src/domain/verification';
import { borrowApp, runCliInProcess } from '../support/cli';
import { newInstitution, nominationBody, openEdition } from '../support/intake-fixtures';
import { ANNOUNCEMENT, DELIBERATION } from '../support/judged-bundle';
import { importJudgedEdition } from '../support/judged-edition';
import { startTestApp, TestApp } from '../support/test-app';

const NAME = 'Zacarías Xochiquetzal Ñúñez';
const RECTIFIED = 'Zacarías Xóchitl Ñúñez';
const EMAIL = 'zacarias.xochiquetzal@example.org';
const PASSWORD = 'Xochiquetzal-2026';

/**
 * Cancellation (the C of ARCO) carried out: after a person is erased, the audit trail and the seals still
 * verify and neither their name (as registered or as rectified) nor their address is left anywhere in the
 * database: the SQLite file is read byte by byte, a PostgreSQL database is dumped with pg_dump.
 */
describe('erasure: a person erased leaves no trace, and everything sealed still verifies', () => {
  let t: TestApp;
  let organiser: string;
  let editionId: string;
  let personId: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp({ now: DELIBERATION.toISOString() });
    organiser = await t.login();
    ({ editionId } = await importJudgedEdition(t, organiser));
    await t.http.post(`/api/editions/${editionId}/finalize`).set(as(organiser)).expect(200);

    // The person registers as a nominator, is approved, nominates a practice with themself as contact.
    const open = await openEdition(t, organiser);
    const institutionId = await newInstitution(t, organiser, {
      name: 'Gobierno de Tlaxcala',
      stateCode: '09',
    });
    const registered = await t.http
      .post('/api/auth/register')
      .send({ email: EMAIL, name: NAME, password: PASSWORD, institutionId })
      .expect(201);
    personId = registered.body.id as string;
    await t.http.post(`/api/users/${personId}/approve`).set(as(organiser)).expect(200);
    const person = await t.login(EMAIL, PASSWORD);
    const created = await t.http
      .post('/api/nominations')
      .set(as(person))
      .send(
        nominationBody(open.localTrackId, institutionId, {
          nominatingInstitutionId: institutionId,
          contactName: NAME,
          contactEmail: EMAIL,
          contactPhone: '+52 246 555 0199',
        }),
      )
      .expect(201);
    await t.http.post(`/api/nominations/${created.body.id}/submit`).set(as(person)).send({}).expect(200);
    // Rectified once: both names must go.
    await t.http.patch(`/api/users/${personId}`).set(as(organiser)).send({ name: RECTIFIED }).expect(200);
    await t.http
      .post('/api/arco-requests')
      .set(as(person))
      .send({ kind: 'CANCELLATION', details: 'Solicito la cancelación de todos mis datos personales.' })
      .expect(201);
  });

  afterAll(() => t?.close());

  it('rectification changes the account and records it in the trail without the values in the chain', async () => {
    const users = await t.http.get(`/api/users?q=Xóchitl`).set(as(organiser)).expect(200);
    expect(JSON.stringify(users.body)).toContain(RECTIFIED);
    const audit = await t.http.get(`/api/audit?action=user.rectify&entityId=${personId}`).set(as(organiser));
    expect(audit.body.items[0]).toMatchObject({ before: { name: NAME }, after: { name: RECTIFIED } });
    const stored = await t.db.read((m) =>
      m.query(`SELECT "before", "after" FROM "audit_entries" WHERE "action" = 'user.rectify'`),
    );
    expect(JSON.stringify(stored)).not.toContain('Zacar');
  });

  it('the organiser answers the cancellation request by carrying it out', async () => {
    const queue = await t.http.get('/api/arco-requests?status=OPEN').set(as(organiser)).expect(200);
    const request = (queue.body as { id: string; kind: string }[]).find((r) => r.kind === 'CANCELLATION')!;
    const answered = await t.http
      .post(`/api/arco-requests/${request.id}/answer`)
      .set(as(organiser))
      .send({ answer: 'Sus datos personales fueron suprimidos.', carryOut: true })
      .expect(200);
    expect(answered.body).toMatchObject({ status: 'ANSWERED', person: { id: personId } });
    await t.http.post('/api/auth/login').send({ email: EMAIL, password: PASSWORD }).expect(401);
    const audit = await t.http.get(`/api/audit?action=user.register&entityId=${personId}`).set(as(organiser));
    expect(audit.body.items[0].after).toMatchObject({
      name: ERASED_PERSONAL_VALUE,
      email: ERASED_PERSONAL_VALUE,
    });
    const erase = await t.http.get(`/api/audit?action=user.erase&entityId=${personId}`).set(as(organiser));
    expect(erase.body.items[0].after).toMatchObject({ nominations: 1, status: 'DISABLED' });
    expect(erase.body.items[0].after.auditValues).toBeGreaterThanOrEqual(4);
  });

  it('the audit trail verifies (API and CLI), with the seal’s anchor found', async () => {
    const verify = await t.http.get('/api/audit/verify').set(as(organiser)).expect(200);
    expect(verify.body).toMatchObject({ ok: true, personalValues: { altered: 0 } });
    expect(verify.body.anchors.length).toBeGreaterThanOrEqual(1);
    expect(verify.body.anchors.every((a: { ok: boolean }) => a.ok)).toBe(true);
    const cli = await runCliInProcess(['audit:verify'], borrowApp(t.app));
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/Audit trail intact/);
    expect(cli.out).toMatch(/Seal anchors found in the chain: (\d+) of \1/);
  });

  it('the sealed results still verify', async () => {
    t.clock.set(ANNOUNCEMENT);
    const bundle = (await t.http.get(`/api/public/editions/${editionId}/bundle`).expect(200))
      .body as PublicBundle;
    const keys = (await t.http.get('/api/public/keys').expect(200)).body.keys as PublishedKey[];
    expect(
      await verifyPublicBundle(bundle, { checkSignature: nodeSignatureCheck, trustedKeys: keys }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('no table holds the name, the rectified name or the address any more', async () => {
    const needles = [NAME, RECTIFIED, EMAIL, 'Xochiquetzal', 'Xóchitl', '555 0199'];
    let haystack: Buffer;
    if (t.database.dialect === 'sqlite') {
      const file = t.database.url.replace(/^sqlite:/, '');
      haystack = Buffer.concat(
        [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)),
      );
    } else {
      haystack = execFileSync('pg_dump', ['--no-owner', '--data-only', t.database.url], {
        maxBuffer: 256 * 1024 * 1024,
      });
    }
    expect(haystack.length).toBeGreaterThan(10_000);
    // The dump or file does hold the rest of the data: a sanity check that the search can find something.
    expect(haystack.includes(Buffer.from('Gobierno de Tlaxcala', 'utf8'))).toBe(true);
    const found = needles.filter(
      (n) =>
        haystack.includes(Buffer.from(n, 'utf8')) || haystack.includes(Buffer.from(n.toLowerCase(), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
