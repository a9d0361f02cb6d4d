import { Role } from '../../src/users/user.entity';
import { FACTORY_PASSWORD, newUser } from '../support/factories';
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
