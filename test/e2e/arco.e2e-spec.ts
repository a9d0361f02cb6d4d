import { OutboxMessageEntity } from '../../src/database/schema/outbox-message.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role } from '../../src/database/schema/user.entity';
import {
  FACTORY_PASSWORD,
  newEdition,
  newInstitution,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** ARCO requests: filed by the person, answered by the organisers within the legal term, audited without text. */
describe('ARCO requests: access, rectification, cancellation, opposition', () => {
  let t: TestApp;
  let organiser: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // Friday 4 December 2026, 10:00 in Mexico City.
    t = await startTestApp({ now: '2026-12-04T16:00:00.000Z' });
    organiser = await t.login();
  });

  afterAll(() => t?.close());

  it('files a request with its legal term in business days; only the person and organisers see it', async () => {
    const person = await newUser(t, Role.NOMINATOR, { name: 'Rosa Rectifica' });
    const token = await person.login();
    const refused = await t.http
      .post('/api/arco-requests')
      .set(as(token))
      .set('accept-language', 'en')
      .send({ kind: 'BORRAR', details: 'corto' })
      .expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['details', 'kind']);
    const filed = await t.http
      .post('/api/arco-requests')
      .set(as(token))
      .send({ kind: 'RECTIFICATION', details: 'Mi apellido es Rectificación, no Rectifica.' })
      .expect(201);
    // 20 business days from Friday 4 December: Friday 1 January 2027 (weekends skipped).
    expect(filed.body).toMatchObject({ status: 'OPEN', dueAt: '2027-01-01T16:00:00.000Z', overdue: false });

    const other = await newUser(t, Role.JUDGE);
    expect(
      (
        await t.http
          .get('/api/arco-requests')
          .set(as(await other.login()))
          .expect(200)
      ).body,
    ).toEqual([]);
    expect((await t.http.get('/api/arco-requests').set(as(token)).expect(200)).body).toHaveLength(1);
    const queue = (await t.http.get('/api/arco-requests?status=OPEN').set(as(organiser)).expect(200)).body;
    expect(queue[0]).toMatchObject({ id: filed.body.id, person: { name: 'Rosa Rectifica' } });

    await t.http
      .post(`/api/arco-requests/${filed.body.id}/answer`)
      .set(as(token))
      .send({ answer: 'Me respondo a mí misma.' })
      .expect(403);
    const answered = await t.http
      .post(`/api/arco-requests/${filed.body.id}/answer`)
      .set(as(organiser))
      .send({ answer: 'Se corrigió el nombre de la cuenta.' })
      .expect(200);
    expect(answered.body).toMatchObject({
      status: 'ANSWERED',
      answer: 'Se corrigió el nombre de la cuenta.',
    });
    await t.http
      .post(`/api/arco-requests/${filed.body.id}/answer`)
      .set(as(organiser))
      .send({ answer: 'Otra vez la misma respuesta.' })
      .expect(409);

    // The audit trail says what happened, never what was asked.
    const audit = await t.http.get(`/api/audit?entityId=${filed.body.id}`).set(as(organiser)).expect(200);
    expect((audit.body.items as { action: string }[]).map((e) => e.action).sort()).toEqual([
      'arco.answer',
      'arco.file',
    ]);
    expect(JSON.stringify(audit.body.items)).not.toMatch(/apellido|Rectificación|corrigió/);
  });

  it('runs from the pages: the person files and reads the answer; the queue shows terms and answers', async () => {
    const person = await newUser(t, Role.JUDGE, { name: 'Óscar Opone' });
    const mine = new PageBrowser(t);
    await mine.signIn(person.email, FACTORY_PASSWORD, '/cuenta/solicitudes');
    const form = await mine.get('/cuenta/solicitudes');
    expect(form.text).toContain('20 días hábiles');
    const short = await mine.post('/cuenta/solicitudes', { kind: 'OPPOSITION', details: 'no' });
    expect(short.status).toBe(400);
    expect(short.text).toContain('id="f-details-error"');
    const sent = await mine.post('/cuenta/solicitudes', {
      kind: 'OPPOSITION',
      details: 'Me opongo a que mi nombre aparezca en los correos de recordatorio.',
    });
    expect(sent.status).toBe(303);

    const org = new PageBrowser(t);
    await org.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, '/organizacion/solicitudes-datos');
    const queue = await org.get('/organizacion/solicitudes-datos');
    expect(queue.text).toContain('Óscar Opone');
    expect(queue.text).toContain('Oposición');
    const id = /solicitudes-datos\/([0-9a-f-]{36})\/responder/.exec(queue.text)![1];
    const empty = await org.post(`/organizacion/solicitudes-datos/${id}/responder`, { answer: ' ' });
    expect(empty.status).toBe(400);
    const done = await org.post(`/organizacion/solicitudes-datos/${id}/responder`, {
      answer: 'Los recordatorios ya no llevan su nombre.',
    });
    expect(done.status).toBe(303);
    expect((await mine.get('/cuenta/solicitudes')).text).toContain(
      'Los recordatorios ya no llevan su nombre.',
    );
  });
});

/**
 * ARCO by e-mail: a nomination's contact person, who has no account, files from the public form, confirms from
 * the mailed link, and is answered by mail; a cancellation carried out erases what is held under the address.
 */
describe('ARCO requests by e-mail, without an account', () => {
  let t: TestApp;
  let organiser: string;
  let nominationId: string;
  const ADDRESS = 'renata.contacto@example.org';
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const mailsTo = (address: string) =>
    t.db.read((m) =>
      m.find(OutboxMessageEntity, { where: { toAddress: address }, order: { createdAt: 'ASC' } }),
    );
  const tokenIn = (text: string) => /solicitudes-datos\/confirmar\?token=([\w-]+)/.exec(text)![1];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-12-04T16:00:00.000Z' });
    organiser = await t.login();
    const edition = await newEdition(t, { phase: 'NOMINATIONS' });
    const track = await newTrack(t, edition);
    const institution = await newInstitution(t);
    nominationId = (
      await newNomination(t, track, institution, { contactName: 'Renata Contacto', contactEmail: ADDRESS })
    ).id;
  });

  afterAll(() => t?.close());

  async function fileAndConfirm(kind: string, details: string): Promise<string> {
    const before = (await mailsTo(ADDRESS)).length;
    const filed = await t.http
      .post('/api/arco-requests/by-email')
      .send({ email: ADDRESS.toUpperCase(), kind, details })
      .expect(202);
    expect(filed.body.message).toContain('Si la dirección es correcta');
    const mails = await mailsTo(ADDRESS);
    expect(mails).toHaveLength(before + 1);
    const confirmed = await t.http
      .post('/api/arco-requests/confirm')
      .send({ token: tokenIn(mails[mails.length - 1].textBody) })
      .expect(200);
    expect(confirmed.body).toMatchObject({ kind, dueAt: '2027-01-01T16:00:00.000Z' });
    const queue = (await t.http.get('/api/arco-requests?status=OPEN').set(as(organiser)).expect(200))
      .body as {
      id: string;
      kind: string;
    }[];
    return queue.find((r) => r.kind === kind)!.id;
  }

  it('answers an unknown address the same way and queues nothing until the link is followed', async () => {
    const unknown = await t.http
      .post('/api/arco-requests/by-email')
      .send({ email: 'nadie@example.org', kind: 'ACCESS', details: 'Quiero saber qué datos tienen de mí.' })
      .expect(202);
    expect(unknown.body.message).toContain('Si la dirección es correcta');
    expect((await t.http.get('/api/arco-requests').set(as(organiser)).expect(200)).body).toEqual([]);
    await t.http
      .post('/api/arco-requests/confirm')
      .send({ token: 'x'.repeat(43) })
      .expect(400);
  });

  it('access: confirmed by the link (once), queued with the address, its data downloadable, answered by mail', async () => {
    const mails = await mailsTo(ADDRESS);
    const id = await fileAndConfirm('ACCESS', 'Quiero saber qué datos guardan sobre mí.');
    const again = await mailsTo(ADDRESS);
    const used = tokenIn(again[again.length - 1].textBody);
    await t.http.post('/api/arco-requests/confirm').send({ token: used }).expect(400);
    expect(again.length).toBe(mails.length + 1);
    const queue = (await t.http.get('/api/arco-requests').set(as(organiser))).body as Record<
      string,
      unknown
    >[];
    expect(queue.find((r) => r.id === id)).toMatchObject({
      byEmail: true,
      person: { id: null, email: ADDRESS },
    });
    const data = await t.http.get(`/api/arco-requests/${id}/personal-data`).set(as(organiser)).expect(200);
    expect(data.body).toMatchObject({ address: ADDRESS, account: null });
    expect(data.body.nominations).toEqual([
      expect.objectContaining({ role: ['CONTACT'], contactName: 'Renata Contacto', contactEmail: ADDRESS }),
    ]);
    await t.http
      .post(`/api/arco-requests/${id}/answer`)
      .set(as(organiser))
      .send({ answer: 'Adjuntamos todos los datos que guardamos sobre usted.' })
      .expect(200);
    const answered = await mailsTo(ADDRESS);
    expect(answered[answered.length - 1].textBody).toContain('Adjuntamos todos los datos');
  });

  it('cancellation carried out: the contact data, the mail and the request’s address are erased', async () => {
    const id = await fileAndConfirm('CANCELLATION', 'Pido que supriman mis datos de contacto.');
    await t.http
      .post(`/api/arco-requests/${id}/answer`)
      .set(as(organiser))
      .send({ answer: 'Sus datos fueron suprimidos.', carryOut: true })
      .expect(200);
    const nomination = await t.db.read((m) => m.findOneByOrFail(NominationEntity, { id: nominationId }));
    expect(nomination).toMatchObject({
      contactName: 'Dato suprimido',
      contactEmail: 'suprimido@invalid.invalid',
    });
    expect(await mailsTo(ADDRESS)).toEqual([]);
    const queue = (await t.http.get('/api/arco-requests').set(as(organiser))).body as Record<
      string,
      unknown
    >[];
    expect(JSON.stringify(queue)).not.toContain('renata');
    const audit = await t.http.get(`/api/audit?action=contact.erase&entityId=${id}`).set(as(organiser));
    expect(audit.body.items[0].after).toMatchObject({ userId: null, nominations: 1 });
    expect((await t.http.get('/api/audit/verify').set(as(organiser)).expect(200)).body.ok).toBe(true);
  });
});
