import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import {
  IntakeEdition,
  newInstitution,
  nominationBody,
  openEdition,
  PDF_BYTES,
} from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Attachments when the disk cannot take them (docs/reliability.md, "Storage failures"). Tests run as root,
 * where chmod does not stop writes, so the failures are made another way:
 *   - UPLOADS_DIR replaced by a regular file while the server runs: every mkdir/open under it fails (ENOTDIR);
 *   - a full disk: UPLOADS_DIR on a 64 KiB tmpfs, filled up (needs the privilege to mount; skipped, visibly,
 *     where mounting is not allowed).
 * Either way the client gets 503 STORAGE_FAILED in the common shape, in Spanish or English, and nothing is
 * stored: no attachment row, no audit entry, no changed nomination, no file left behind.
 */
describe('reliability: an unwritable or full UPLOADS_DIR', () => {
  let t: TestApp;
  let organiser: string;
  let edition: IntakeEdition;
  let institution: string;
  let nominationId: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const snapshot = () =>
    t.db.read(async (m) => ({
      attachments: await m.count(AttachmentEntity),
      audit: await m.count(AuditEntryEntity),
      nomination: await m.findOneByOrFail(NominationEntity, { id: nominationId }),
    }));
  const upload = (bytes: Buffer, language?: string) => {
    const req = t.http.post(`/api/nominations/${nominationId}/attachments`).set(auth(organiser));
    if (language) void req.set('accept-language', language);
    return req.attach('file', bytes, { filename: 'evidencia.pdf', contentType: 'application/pdf' });
  };

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    edition = await openEdition(t, organiser);
    institution = await newInstitution(t, organiser, { name: 'Gobierno de Jalisco', stateCode: '14' });
    const draft = await t.http
      .post('/api/nominations')
      .set(auth(organiser))
      .send(nominationBody(edition.localTrackId, institution, { nominatingInstitutionId: institution }))
      .expect(201);
    nominationId = draft.body.id;
  });

  afterAll(() => t.close());

  it('answers 503 STORAGE_FAILED, es/en, and stores nothing when UPLOADS_DIR is not a directory', async () => {
    const before = await snapshot();
    // The directory is swapped for a regular file under the running server (as root, chmod would not help).
    const aside = `${t.uploadsDir}.aside`;
    renameSync(t.uploadsDir, aside);
    writeFileSync(t.uploadsDir, 'not a directory');
    try {
      const es = await upload(PDF_BYTES).expect(503);
      expect(es.body).toEqual({
        statusCode: 503,
        code: 'STORAGE_FAILED',
        message: 'No fue posible guardar el archivo en el servidor. Intente más tarde; no se guardó nada.',
      });
      const en = await upload(PDF_BYTES, 'en').expect(503);
      expect(en.body).toEqual({
        statusCode: 503,
        code: 'STORAGE_FAILED',
        message: 'The server could not store the file. Try again later; nothing was stored.',
      });
    } finally {
      rmSync(t.uploadsDir, { force: true });
      renameSync(aside, t.uploadsDir);
    }
    expect(await snapshot()).toEqual(before);
    expect(readdirSync(t.uploadsDir).filter((f) => f !== '.incoming')).toEqual([]);

    // Once the disk is back, the same upload goes through.
    await upload(PDF_BYTES).expect(201);
    expect((await snapshot()).attachments).toBe(before.attachments + 1);
  });

  it('answers 503 STORAGE_FAILED and leaves no partial file when the disk fills up mid-upload', async () => {
    // UPLOADS_DIR becomes a 64 KiB filesystem (mounted over it while the server runs), offered 200 KiB.
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=700', 'tmpfs', t.uploadsDir], {
      encoding: 'utf8',
    });
    if (mounted.status !== 0) {
      console.warn(
        `SKIPPED (reliability-storage): a full disk needs a tiny tmpfs and this process may not mount one ` +
          `(${(mounted.stderr || mounted.error?.message || '').trim()})`,
      );
      return;
    }
    try {
      const before = await snapshot();
      const big = Buffer.concat([PDF_BYTES, Buffer.alloc(200 * 1024, 0x20)]);
      const res = await upload(big, 'en').expect(503);
      expect(res.body).toMatchObject({ statusCode: 503, code: 'STORAGE_FAILED' });
      expect(await snapshot()).toEqual(before);
      expect(readdirSync(t.uploadsDir).filter((f) => f !== '.incoming')).toEqual([]);
      expect(readdirSync(join(t.uploadsDir, '.incoming'))).toEqual([]);
      // A file that fits still goes through on the same filesystem.
      await upload(PDF_BYTES).expect(201);
      expect(readdirSync(join(t.uploadsDir, '.incoming'))).toEqual([]);
    } finally {
      spawnSync('umount', [t.uploadsDir]);
    }
  });
});
