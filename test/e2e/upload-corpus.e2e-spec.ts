import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { openDraft } from '../support/intake-fixtures';
import { tableCounts } from '../support/table-counts';
import { startTestApp, TestApp } from '../support/test-app';
import { UPLOAD_CORPUS } from '../support/upload-corpus';

/** Issue 19, class 6: every entry of the upload corpus gets its expected answer; refusals store nothing. */
describe('uploads: the hostile corpus', () => {
  let t: TestApp;
  let organiser: string;
  let nominationId: string;
  const stored = () => readdirSync(t.uploadsDir).filter((f) => !f.startsWith('.'));

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    ({ nominationId } = await openDraft(t, organiser));
  });
  afterAll(() => t.close());

  const upload = (filename: string, bytes: Buffer) =>
    t.http
      .post(`/api/nominations/${nominationId}/attachments`)
      .set('authorization', `Bearer ${organiser}`)
      .attach('file', bytes, { filename, contentType: 'application/octet-stream' });

  it.each(UPLOAD_CORPUS.map((entry) => [entry.label, entry]))('%s', async (_label, entry) => {
    const before = await tableCounts(t);
    const files = stored();
    const res = await upload(entry.filename, entry.bytes);
    expect(res.status).toBe(entry.expect.status);
    if (entry.expect.status === 201) {
      expect(res.body.name).toBe(entry.expect.name);
      const row = await t.db.read((m) => m.findOneByOrFail(AttachmentEntity, { id: res.body.id }));
      // The stored file's extension is the detected type's, whatever the name said.
      expect(row.storageName).toMatch(new RegExp(`\\.${row.mimeType.split('/')[1].replace('jpeg', 'jpg')}$`));
      await t.http
        .delete(`/api/nominations/${nominationId}/attachments/${res.body.id}`)
        .set('authorization', `Bearer ${organiser}`)
        .expect(204);
      return;
    }
    expect(res.body).toMatchObject({ statusCode: 422, code: entry.expect.code, message: expect.any(String) });
    expect(await tableCounts(t)).toEqual(before);
    expect(stored()).toEqual(files);
    expect(readdirSync(join(t.uploadsDir, '.incoming'))).toEqual([]);
  });

  it('names the problem in Spanish and English', async () => {
    const bomb = UPLOAD_CORPUS.find((e) => e.expect.status === 422 && e.expect.code === 'IMAGE_TOO_LARGE')!;
    const es = await upload(bomb.filename, bomb.bytes).expect(422);
    expect(es.body.message).toContain('100000×100000');
    const en = await upload(bomb.filename, bomb.bytes).set('accept-language', 'en').expect(422);
    expect(en.body.message).toMatch(/The image is 100000×100000 pixels/);
  });
});
