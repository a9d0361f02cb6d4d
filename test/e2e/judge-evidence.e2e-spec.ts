import { newJudge } from '../support/factories';
import { newInstitution, nominationBody, openEdition, PDF_BYTES } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('judges read the evidence of the nominations assigned to them, and only those', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('downloads an attachment through the assignment; another judge gets 404', async () => {
    const organiser = await t.login();
    const as = { authorization: `Bearer ${organiser}` };
    const edition = await openEdition(t, organiser);
    const institution = await newInstitution(t, organiser, {
      name: 'Gobierno con evidencia',
      stateCode: '09',
    });
    const nomination = await t.http
      .post('/api/nominations')
      .set(as)
      .send(nominationBody(edition.localTrackId, institution, { nominatingInstitutionId: institution }))
      .expect(201);
    const attachment = await t.http
      .post(`/api/nominations/${nomination.body.id}/attachments`)
      .set(as)
      .attach('file', PDF_BYTES, { filename: 'evidencia.pdf' })
      .expect(201);
    await t.http.post(`/api/nominations/${nomination.body.id}/submit`).set(as).expect(200);
    const judge = await newJudge(t, [{ stateCode: '14' }]);
    const other = await newJudge(t, [{ stateCode: '15' }]);
    await t.http
      .put(`/api/tracks/${edition.localTrackId}/panel`)
      .set(as)
      .send({ members: [{ judgeId: judge.id }, { judgeId: other.id }] })
      .expect(200);
    const assignment = await t.http
      .post(`/api/tracks/${edition.localTrackId}/assignments`)
      .set(as)
      .send({ nominationId: nomination.body.id, judgeId: judge.id })
      .expect(201);
    const path = `/api/assignments/${assignment.body.id}/attachments/${attachment.body.id}`;

    const judgeToken = await judge.login();
    const file = await t.http
      .get(path)
      .set('authorization', `Bearer ${judgeToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(file.body as Buffer, PDF_BYTES)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');

    await t.http
      .get(path)
      .set('authorization', `Bearer ${await other.login()}`)
      .expect(404);
    await t.http
      .get(`/api/nominations/${nomination.body.id}/attachments/${attachment.body.id}`)
      .set('authorization', `Bearer ${judgeToken}`)
      .expect(403);
  });
});
