import { readdirSync } from 'node:fs';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import {
  EXE_BYTES,
  IntakeEdition,
  newInstitution,
  nominationBody,
  openEdition,
  PDF_BYTES,
} from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const PASSWORD = 'Postulante-2018';

describe('intake: registration, drafting, attachments, submission, deadline', () => {
  let t: TestApp;
  let organiser: string;
  let edition: IntakeEdition;
  let stateGov: string;
  let nominator: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const rows = () => t.db.read((m) => m.count(NominationEntity));
  const files = () => readdirSync(t.uploadsDir).filter((f) => !f.startsWith('.'));

  beforeAll(async () => {
    t = await startTestApp({ env: { UPLOAD_LIMIT_BYTES: String(64 * 1024) } });
    organiser = await t.login();
    edition = await openEdition(t, organiser);
    stateGov = await newInstitution(t, organiser, {
      name: 'Gobierno de la Ciudad de México',
      stateCode: '09',
    });
  });

  afterAll(() => t.close());

  it('seeds the 2018 edition with both tracks and the announcement at 10:00 Mexico City', async () => {
    const editions = await t.http.get('/api/editions').set(auth(organiser)).expect(200);
    const seeded = editions.body.find((e: { year: number }) => e.year === 2018);
    expect(seeded.announcementAt).toBe('2018-04-13T15:00:00.000Z');
    expect(seeded.participatingStates).toHaveLength(25);
    const tracks = await t.http.get(`/api/editions/${seeded.id}/tracks`).set(auth(organiser)).expect(200);
    expect(tracks.body.map((x: { code: string }) => x.code).sort()).toEqual([
      'FEDERAL_PROACTIVE',
      'LOCAL_OPEN_GOV',
    ]);
    const local = tracks.body.find((x: { code: string }) => x.code === 'LOCAL_OPEN_GOV');
    expect(local.rubric.map((c: { weight: number }) => c.weight)).toEqual([20, 20, 15, 25, 10, 10]);
  });

  it('keeps a self-registered nominator PENDING and powerless until an organiser approves', async () => {
    const reg = await t.http
      .post('/api/auth/register')
      .send({
        email: 'postulante@example.org',
        name: 'Postulante',
        password: PASSWORD,
        institutionId: stateGov,
      })
      .expect(201);
    expect(reg.body.status).toBe('PENDING');
    const pending = await t.login('postulante@example.org', PASSWORD);
    const refused = await t.http
      .post('/api/nominations')
      .set(auth(pending))
      .send(nominationBody(edition.localTrackId, stateGov))
      .expect(403);
    expect(refused.body.code).toBe('ACCOUNT_PENDING');
    await t.http.get('/api/nominations').set(auth(pending)).expect(403);
    expect(await rows()).toBe(0);
    await t.http.post(`/api/users/${reg.body.id}/approve`).set(auth(organiser)).expect(200);
    nominator = await t.login('postulante@example.org', PASSWORD);
  });

  it('drafts, attaches a PDF, submits before the deadline and gets a receipt; a repeat is harmless', async () => {
    const draft = await t.http
      .post('/api/nominations')
      .set(auth(nominator))
      .send(nominationBody(edition.localTrackId, stateGov))
      .expect(201);
    expect(draft.body).toMatchObject({
      status: 'DRAFT',
      nominatingInstitutionId: stateGov,
      channel: 'ONLINE',
    });
    const attachment = await t.http
      .post(`/api/nominations/${draft.body.id}/attachments`)
      .set(auth(nominator))
      .attach('file', PDF_BYTES, { filename: 'evidencia.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(attachment.body).toMatchObject({
      mimeType: 'application/pdf',
      size: PDF_BYTES.length,
      name: 'evidencia.pdf',
    });
    const download = await t.http
      .get(`/api/nominations/${draft.body.id}/attachments/${attachment.body.id}`)
      .set(auth(nominator))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF_BYTES)).toBe(0);

    const receipt = await t.http
      .post(`/api/nominations/${draft.body.id}/submit`)
      .set(auth(nominator))
      .expect(200);
    expect(receipt.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.body.submittedAt).toBe(t.clock.now().toISOString());
    t.clock.advance(5000);
    const again = await t.http
      .post(`/api/nominations/${draft.body.id}/submit`)
      .set(auth(nominator))
      .expect(200);
    expect(again.body).toEqual(receipt.body);
    await t.http
      .patch(`/api/nominations/${draft.body.id}`)
      .set(auth(nominator))
      .send({ title: 'Otro título distinto' })
      .expect(409);
  });

  it('refuses a submission one second after the deadline, naming it in the edition’s timezone; an extension lets it through', async () => {
    const draft = await t.http
      .post('/api/nominations')
      .set(auth(nominator))
      .send(nominationBody(edition.localTrackId, stateGov, { title: 'Segunda práctica local' }))
      .expect(201);
    t.clock.set(edition.nominationsCloseAt);
    t.clock.advance(999); // still within the deadline's second: inclusive
    const onTime = await t.http
      .post('/api/nominations')
      .set(auth(nominator))
      .send(nominationBody(edition.localTrackId, stateGov, { title: 'Tercera práctica local' }))
      .expect(201);
    await t.http.post(`/api/nominations/${onTime.body.id}/submit`).set(auth(nominator)).expect(200);

    t.clock.set(new Date(edition.nominationsCloseAt.getTime() + 1000));
    const late = await t.http
      .post(`/api/nominations/${draft.body.id}/submit`)
      .set(auth(nominator))
      .expect(409);
    expect(late.body.code).toBe('DEADLINE_PASSED');
    expect(late.body.message).toContain('America/Mexico_City');
    const local = new Intl.DateTimeFormat('es-MX', {
      timeZone: 'America/Mexico_City',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(edition.nominationsCloseAt);
    expect(late.body.message).toContain(local);
    const lateEn = await t.http
      .post(`/api/nominations/${draft.body.id}/submit`)
      .set(auth(nominator))
      .set('accept-language', 'en')
      .expect(409);
    expect(lateEn.body.message).toMatch(/^The nomination deadline passed on .*America\/Mexico_City/);

    await t.http
      .post(`/api/nominations/${draft.body.id}/extension`)
      .set(auth(nominator))
      .send({ until: new Date(t.clock.now().getTime() + 3600_000).toISOString() })
      .expect(403);
    await t.http
      .post(`/api/nominations/${draft.body.id}/extension`)
      .set(auth(organiser))
      .send({ until: new Date(t.clock.now().getTime() + 3600_000).toISOString() })
      .expect(200);
    const extended = await t.http
      .post(`/api/nominations/${draft.body.id}/submit`)
      .set(auth(nominator))
      .expect(200);
    expect(extended.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    t.clock.set(new Date(edition.nominationsCloseAt.getTime() - 3600_000));
  });

  it('shows a nominator only its own institution’s nominations (others answer 404)', async () => {
    const other = await newInstitution(t, organiser, {
      name: 'Instituto de Transparencia de Jalisco',
      stateCode: '14',
      kind: 'ORGANISMO_GARANTE',
    });
    const theirs = await t.http
      .post('/api/nominations')
      .set(auth(organiser))
      .send(
        nominationBody(edition.localTrackId, other, {
          nominatingInstitutionId: other,
          stateCode: '14',
          channel: 'MAIL',
        }),
      )
      .expect(201);
    expect(theirs.body.channel).toBe('MAIL');
    await t.http.get(`/api/nominations/${theirs.body.id}`).set(auth(nominator)).expect(404);
    await t.http
      .patch(`/api/nominations/${theirs.body.id}`)
      .set(auth(nominator))
      .send({ title: 'Secuestro' })
      .expect(404);
    await t.http.post(`/api/nominations/${theirs.body.id}/submit`).set(auth(nominator)).expect(404);
    const list = await t.http.get('/api/nominations').set(auth(nominator)).expect(200);
    expect(
      list.body.items.every(
        (n: { nominatingInstitutionId: string }) => n.nominatingInstitutionId === stateGov,
      ),
    ).toBe(true);
    const all = await t.http
      .get(`/api/nominations?editionId=${edition.editionId}&stateCode=14`)
      .set(auth(organiser))
      .expect(200);
    expect(all.body.items.map((n: { id: string }) => n.id)).toEqual([theirs.body.id]);
  });

  describe('bad input: the status DESIGN.md gives, every field named, nothing stored', () => {
    it.each([
      ['es', 'obligatorio'],
      ['en', 'required'],
    ])('missing fields (%s)', async (language, word) => {
      const before = await rows();
      const res = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .set('accept-language', language)
        .send({ trackId: edition.localTrackId })
        .expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'nomineeInstitutionId',
          'title',
          'summary',
          'description',
          'contactName',
          'contactEmail',
        ]),
      );
      expect(res.body.errors.find((e: { field: string }) => e.field === 'title').message).toContain(word);
      expect(await rows()).toBe(before);
    });

    it('oversize text, a malformed URL and an unknown track', async () => {
      const before = await rows();
      const es = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .send(
          nominationBody(edition.localTrackId, stateGov, {
            title: 'x'.repeat(301),
            evidenceUrls: ['no es url'],
          }),
        )
        .expect(400);
      expect(es.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'title',
            message: 'title: debe tener como máximo 300 caracteres',
          }),
          expect.objectContaining({
            field: 'evidenceUrls',
            message: 'evidenceUrls: debe ser una URL http(s) válida',
          }),
        ]),
      );
      const en = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .set('accept-language', 'en')
        .send(nominationBody('00000000-0000-4000-8000-000000000000', stateGov))
        .expect(400);
      expect(en.body.errors).toEqual([
        expect.objectContaining({ field: 'trackId', message: 'trackId: does not exist' }),
      ]);
      expect(await rows()).toBe(before);
    });

    it('a body over the request limit answers 413', async () => {
      const res = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .send(nominationBody(edition.localTrackId, stateGov, { description: 'x'.repeat(1100 * 1024) }))
        .expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('a .pdf that is really an executable (422) and a file over the limit (413) leave no row and no file', async () => {
      const draft = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .send(nominationBody(edition.localTrackId, stateGov, { title: 'Práctica con archivos malos' }))
        .expect(201);
      const before = await t.db.read((m) => m.count(AttachmentEntity));
      const filesBefore = files();
      const exe = await t.http
        .post(`/api/nominations/${draft.body.id}/attachments`)
        .set(auth(nominator))
        .set('accept-language', 'en')
        .attach('file', EXE_BYTES, { filename: 'informe.pdf', contentType: 'application/pdf' })
        .expect(422);
      expect(exe.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(exe.body.message).toMatch(/not a PDF, PNG or JPEG/);
      const big = await t.http
        .post(`/api/nominations/${draft.body.id}/attachments`)
        .set(auth(nominator))
        .attach('file', Buffer.concat([PDF_BYTES, Buffer.alloc(70 * 1024, 0x20)]), { filename: 'grande.pdf' })
        .expect(413);
      expect(big.body.code).toBe('FILE_TOO_LARGE');
      expect(await t.db.read((m) => m.count(AttachmentEntity))).toBe(before);
      expect(files()).toEqual(filesBefore);
      expect(readdirSync(`${t.uploadsDir}/.incoming`)).toEqual([]);
    });

    it('an ineligible state answers 422 naming the rule, and the nomination stays a draft', async () => {
      const draft = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .send(
          nominationBody(edition.localTrackId, stateGov, {
            stateCode: '01',
            title: 'Práctica de Aguascalientes',
          }),
        )
        .expect(201);
      const es = await t.http
        .post(`/api/nominations/${draft.body.id}/submit`)
        .set(auth(nominator))
        .expect(422);
      expect(es.body).toMatchObject({ code: 'STATE_NOT_PARTICIPATING' });
      expect(es.body.message).toContain('Regla de elegibilidad');
      const en = await t.http
        .post(`/api/nominations/${draft.body.id}/submit`)
        .set(auth(nominator))
        .set('accept-language', 'en')
        .expect(422);
      expect(en.body.message).toContain('Eligibility rule');
      const stored = await t.db.read((m) => m.findOneByOrFail(NominationEntity, { id: draft.body.id }));
      expect(stored.status).toBe('DRAFT');
      expect(stored.receiptHash).toBeNull();
    });

    it('a non-federal nominee on the federal track answers 422', async () => {
      const draft = await t.http
        .post('/api/nominations')
        .set(auth(nominator))
        .send(nominationBody(edition.federalTrackId, stateGov, { title: 'Transparencia proactiva estatal' }))
        .expect(201);
      const res = await t.http
        .post(`/api/nominations/${draft.body.id}/submit`)
        .set(auth(nominator))
        .expect(422);
      expect(res.body.code).toBe('NOMINEE_NOT_FEDERAL');
    });
  });

  it('lets the organiser decide eligibility with a reason', async () => {
    const list = await t.http
      .get(`/api/nominations?status=SUBMITTED&editionId=${edition.editionId}`)
      .set(auth(organiser))
      .expect(200);
    const id = list.body.items[0].id as string;
    await t.http
      .post(`/api/nominations/${id}/eligibility`)
      .set(auth(organiser))
      .send({ decision: 'INELIGIBLE' })
      .expect(400);
    const res = await t.http
      .post(`/api/nominations/${id}/eligibility`)
      .set(auth(organiser))
      .send({ decision: 'INELIGIBLE', reason: 'La práctica no es de apertura gubernamental.' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'INELIGIBLE',
      eligibilityReason: 'La práctica no es de apertura gubernamental.',
    });
    await t.http
      .post(`/api/nominations/${id}/eligibility`)
      .set(auth(nominator))
      .send({ decision: 'ELIGIBLE' })
      .expect(403);
  });

  it('takes 300 concurrent submissions: 300 receipts, 300 submitted rows', async () => {
    const institutionIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      institutionIds.push(
        await newInstitution(t, organiser, { name: `Institución concurrente ${i}`, stateCode: '15' }),
      );
    }
    const drafts = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        t.http
          .post('/api/nominations')
          .set(auth(organiser))
          .send(
            nominationBody(edition.localTrackId, stateGov, {
              nominatingInstitutionId: institutionIds[i % 3],
              title: `Práctica concurrente número ${i}`,
            }),
          )
          .then((r) => r.body.id as string),
      ),
    );
    const results = await Promise.all(
      drafts.map((id) => t.http.post(`/api/nominations/${id}/submit`).set(auth(organiser))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(300).fill(200));
    const submitted = await t.db.read((m) =>
      m.countBy(
        NominationEntity,
        drafts.map((id) => ({ id, status: 'SUBMITTED' as const })),
      ),
    );
    expect(submitted).toBe(300);
  });
});
