import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { DeliveryWorker } from '../../src/mail/delivery-worker';
import { MailScheduler } from '../../src/mail/mail-scheduler';
import { OutboxMessageEntity, OutboxStatus } from '../../src/database/schema/outbox-message.entity';
import { TrackCode } from '../../src/database/schema/track.entity';
import { InstitutionKind } from '../../src/database/schema/institution.entity';
import {
  AssignmentEntity,
  AssignmentSource,
  AssignmentStatus,
} from '../../src/database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../src/database/schema/score-sheet.entity';
import { Role } from '../../src/database/schema/user.entity';
import {
  HOUR,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { nominationBody, openEdition } from '../support/intake-fixtures';
import { ReceivedMail, TestSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const BASE = 'http://premios.example.test';
const FROM = 'Reconocimientos <avisos@example.org>';
const NEW_PASSWORD = 'Contrasena-Nueva-2026';

/** The token of the set-password link in a received message, after checking the link is absolute and ours. */
function linkToken(mail: ReceivedMail): { path: string; token: string } {
  const link = mail.links.find((l) => l.startsWith(`${BASE}/contrasena/nueva?token=`));
  expect(link).toBeDefined();
  const url = new URL(link!);
  expect(mail.html).toContain(`href="${link!.replace(/&/g, '&amp;')}"`);
  return { path: `${url.pathname}${url.search}`, token: url.searchParams.get('token')! };
}

/**
 * Mail through the outbox to a real SMTP server on loopback, on SQLite and PostgreSQL: every assertion reads the
 * message the server received (parsed with mailparser).
 */
describe('mail: invitations, password reset and notifications through the outbox', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let organiser: string;
  /** Sends every due message now (the worker also polls; this only avoids waiting for it). */
  const deliver = () => t.app.get(DeliveryWorker).deliverDue();
  const submittedSheet = (assignmentId: string) => ({
    id: randomUUID(),
    assignmentId,
    scores: { impacto: 9, apertura: 9 },
    comment: null,
    status: ScoreSheetStatus.SUBMITTED,
    submittedAt: t.clock.now(),
    reopenedAt: null,
    reopenReason: null,
    createdAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
  const outbox = () => t.db.read((m) => m.find(OutboxMessageEntity, { order: { createdAt: 'ASC' } }));

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: FROM,
        PUBLIC_BASE_URL: BASE,
        MAIL_POLL_INTERVAL_MS: '100',
        MAIL_SCHEDULER_INTERVAL_SECONDS: '86400',
        PASSWORD_RESET_PER_ADDRESS_PER_HOUR: '3',
      },
    });
    organiser = await t.login();
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('invites a judge: the link from the received mail sets the password once, and the judge signs in', async () => {
    const created = await t.http
      .post('/api/users')
      .set(auth(organiser))
      .send({ email: 'jueza.invitada@example.org', name: 'Jueza Invitada', role: Role.JUDGE, language: 'en' })
      .expect(201);
    expect(created.body).toMatchObject({ passwordSet: false });
    // Delivered by the background worker, not by the test.
    const [mail] = await smtp.waitFor(1, (m) => m.to === 'jueza.invitada@example.org');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Reconocimientos', address: 'avisos@example.org' }]);
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Invitation to Reconocimientos: set your password');
    expect(mail.text).toContain('Hello Jueza Invitada');
    expect(mail.text).toMatch(/expires on \d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}:\d{2} \(America\/Mexico_City/);
    const { path, token } = linkToken(mail);
    // The outbox stores the message; the token itself is stored only as a hash.
    await deliver(); // the worker's round in flight records its outcome
    const stored = await t.db.read((m) => m.query('SELECT "tokenHash" FROM account_tokens'));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await outbox()).find((m) => m.toAddress === 'jueza.invitada@example.org')?.status).toBe(
      OutboxStatus.SENT,
    );
    expect(path).toMatch(/^\/contrasena\/nueva\?token=/);

    await t.http
      .post('/api/auth/login')
      .send({ email: 'jueza.invitada@example.org', password: NEW_PASSWORD })
      .expect(401);
    const weak = await t.http
      .post('/api/auth/invitation/accept')
      .send({ token, password: 'corta' })
      .expect(400);
    expect(weak.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
    await t.http.post('/api/auth/invitation/accept').send({ token, password: NEW_PASSWORD }).expect(204);
    await t.login('jueza.invitada@example.org', NEW_PASSWORD);
    const reused = await t.http
      .post('/api/auth/invitation/accept')
      .send({ token, password: NEW_PASSWORD })
      .expect(400);
    expect(reused.body.code).toBe('LINK_INVALID');
    const audit = await t.http
      .get(`/api/audit?action=user.acceptInvitation&entityId=${created.body.id}`)
      .set(auth(organiser));
    expect(audit.body.total).toBe(1);
  });

  it('re-sends an invitation (the first link stops working) and revokes one', async () => {
    const created = await t.http
      .post('/api/users')
      .set(auth(organiser))
      .send({ email: 'observador@example.org', name: 'Observador Invitado', role: Role.OBSERVER })
      .expect(201);
    await deliver();
    const first = linkToken(smtp.to('observador@example.org')[0]).token;
    await t.http.post(`/api/users/${created.body.id}/invitation`).set(auth(organiser)).expect(204);
    await deliver();
    const mails = smtp.to('observador@example.org');
    expect(mails).toHaveLength(2);
    expect(mails[1].language).toBe('es');
    expect(mails[1].subject).toBe('Invitación a Reconocimientos: cree su contraseña');
    const second = linkToken(mails[1]).token;
    expect(
      (await t.http.post('/api/auth/invitation/accept').send({ token: first, password: NEW_PASSWORD })).body
        .code,
    ).toBe('LINK_INVALID');
    await t.http.post(`/api/users/${created.body.id}/invitation/revoke`).set(auth(organiser)).expect(204);
    await t.http
      .post('/api/auth/invitation/accept')
      .send({ token: second, password: NEW_PASSWORD })
      .expect(400);
    // A revoked invitee cannot get in by a password reset either.
    await t.http.post('/api/auth/password-reset').send({ email: 'observador@example.org' }).expect(202);
    await deliver();
    expect(smtp.to('observador@example.org')).toHaveLength(2);
    // An account with a password has no invitation to re-send.
    const { id } = await newUser(t, Role.OBSERVER);
    const refused = await t.http.post(`/api/users/${id}/invitation`).set(auth(organiser)).expect(409);
    expect(refused.body.code).toBe('INVITATION_NOT_PENDING');
  });

  it('answers a reset for a known and an unknown address the same, and mails only the known one', async () => {
    const known = await newUser(t, Role.NOMINATOR, { email: 'conocida@example.org' });
    const session = await known.login();
    const before = smtp.received.length;
    const a = await t.http
      .post('/api/auth/password-reset')
      .send({ email: 'conocida@example.org' })
      .expect(202);
    const b = await t.http.post('/api/auth/password-reset').send({ email: 'nadie@example.org' }).expect(202);
    expect(b.body).toEqual(a.body);
    await deliver();
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual(['conocida@example.org']);
    const mail = smtp.to('conocida@example.org')[0];
    expect(mail.subject).toBe('Restablecer su contraseña de Reconocimientos');
    const { path, token } = linkToken(mail);
    expect(path.startsWith('/contrasena/nueva?token=')).toBe(true);

    await t.http.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(204);
    await t.login('conocida@example.org', NEW_PASSWORD);
    // Every earlier session of the account ended with the reset.
    await t.http.get('/api/auth/me').set(auth(session)).expect(401);
    const reused = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'Otra-Clave-2026x' });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('LINK_INVALID');
    // An invitation route does not take a reset link.
    expect(
      (await t.http.post('/api/auth/invitation/accept').send({ token, password: NEW_PASSWORD })).status,
    ).toBe(400);
  });

  it('refuses an expired reset link and a link issued before a newer one; throttles mails per address', async () => {
    await newUser(t, Role.NOMINATOR, { email: 'caduca@example.org' });
    await t.http.post('/api/auth/password-reset').send({ email: 'caduca@example.org' }).expect(202);
    await deliver();
    const old = linkToken(smtp.to('caduca@example.org')[0]).token;
    await t.http.post('/api/auth/password-reset').send({ email: 'caduca@example.org' }).expect(202);
    await deliver();
    const newer = linkToken(smtp.to('caduca@example.org')[1]).token;
    const revoked = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token: old, password: NEW_PASSWORD });
    expect(revoked.body.code).toBe('LINK_INVALID');
    t.clock.advance(HOUR + 1000);
    const expired = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token: newer, password: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('LINK_INVALID');

    // At most 3 reset mails per address and hour; further requests get the same 202 and no mail.
    for (let i = 0; i < 5; i++) {
      await t.http.post('/api/auth/password-reset').send({ email: 'caduca@example.org' }).expect(202);
    }
    await deliver();
    expect(smtp.to('caduca@example.org')).toHaveLength(2 + 3);
  });

  it('tells a self-registered nominator of the registration, in the language it asked for, and of its rejection', async () => {
    const registered = await t.http
      .post('/api/auth/register')
      .set('accept-language', 'en-GB,en;q=0.9')
      .send({
        email: 'registrante@example.org',
        name: 'Rita Registrante',
        password: NEW_PASSWORD,
        institution: {
          name: 'Municipio Registrante',
          kind: 'STATE_GOVERNMENT',
          level: 'STATE',
          stateCode: '14',
        },
      })
      .expect(201);
    await deliver();
    const [received] = smtp.to('registrante@example.org');
    expect(received.language).toBe('en');
    expect(received.subject).toBe('We received your Reconocimientos registration');
    expect(received.text).toContain('Municipio Registrante');
    await t.http
      .post(`/api/users/${registered.body.id}/reject`)
      .set(auth(organiser))
      .send({ reason: 'The institution did not confirm the link.' })
      .expect(200);
    await deliver();
    const rejected = smtp.to('registrante@example.org')[1];
    expect(rejected.subject).toBe('Your Reconocimientos registration was not approved');
    expect(rejected.text).toContain('Reason: The institution did not confirm the link.');
  });

  it('mails the submission receipt with the same receipt hash the API returned, to the institution’s nominators', async () => {
    const ed = await openEdition(t, organiser);
    const institution = await t.http
      .post('/api/institutions')
      .set(auth(organiser))
      .send({
        name: 'Gobierno de Prueba del Correo',
        kind: 'STATE_GOVERNMENT',
        level: 'STATE',
        stateCode: '09',
      })
      .expect(201);
    const nominator = await newUser(t, Role.NOMINATOR, {
      email: 'postula@example.org',
      institutionId: institution.body.id,
    });
    const bystander = await newUser(t, Role.NOMINATOR, {
      email: 'ajena@example.org',
      institutionId: (await newInstitution(t)).id,
    });
    const token = await nominator.login();
    const draft = await t.http
      .post('/api/nominations')
      .set(auth(token))
      .send(nominationBody(ed.localTrackId, institution.body.id))
      .expect(201);
    const receipt = await t.http
      .post(`/api/nominations/${draft.body.id}/submit`)
      .set(auth(token))
      .expect(200);
    await deliver();
    const [mail] = smtp.to('postula@example.org');
    expect(mail.subject).toBe(`Acuse de recibo: postulación ${draft.body.key}`);
    expect(mail.text).toContain(`Huella del acuse (SHA-256): ${receipt.body.sha256}`);
    expect(mail.links).toContain(`${BASE}/postulaciones/${draft.body.id}/acuse`);
    expect(smtp.to(bystander.email)).toHaveLength(0);
    // A repeated submit returns the same receipt and sends nothing more.
    await t.http.post(`/api/nominations/${draft.body.id}/submit`).set(auth(token)).expect(200);
    await deliver();
    expect(smtp.to('postula@example.org')).toHaveLength(1);

    // The eligibility decision, with its reason, to the same nominators.
    await t.http
      .post(`/api/nominations/${draft.body.id}/eligibility`)
      .set(auth(organiser))
      .send({ decision: 'INELIGIBLE', reason: 'La práctica no es de un gobierno local.' })
      .expect(200);
    await deliver();
    const decided = smtp.to('postula@example.org')[1];
    expect(decided.subject).toBe(`Postulación ${draft.body.key}: no admitida`);
    expect(decided.text).toContain('Motivo: La práctica no es de un gobierno local.');
    expect(smtp.to(bystander.email)).toHaveLength(0);
  });

  it('reminds institutions with drafts before the deadline, once per slot, and not those without', async () => {
    const ed = await openEdition(t, organiser, 5 * 24 * HOUR);
    const drafting = await t.http
      .post('/api/institutions')
      .set(auth(organiser))
      .send({ name: 'Municipio con Borrador', kind: 'STATE_GOVERNMENT', level: 'STATE', stateCode: '09' })
      .expect(201);
    const done = await newInstitution(t);
    const late = await newUser(t, Role.NOMINATOR, { institutionId: drafting.body.id });
    const punctual = await newUser(t, Role.NOMINATOR, { institutionId: done.id });
    await t.http
      .post('/api/nominations')
      .set(auth(await late.login()))
      .send(nominationBody(ed.localTrackId, drafting.body.id))
      .expect(201);
    const scheduler = t.app.get(MailScheduler);
    const remindersTo = (email: string) =>
      smtp.to(email).filter((m) => m.subject.startsWith('Recordatorio: la convocatoria'));

    t.clock.set(new Date(ed.nominationsCloseAt.getTime() - 80 * HOUR));
    await scheduler.tick();
    await deliver();
    expect(remindersTo(late.email)).toHaveLength(0);

    t.clock.set(new Date(ed.nominationsCloseAt.getTime() - 71 * HOUR));
    await scheduler.tick();
    await scheduler.tick();
    await deliver();
    expect(remindersTo(late.email)).toHaveLength(1);
    expect(remindersTo(late.email)[0].text).toContain('1 postulación(es) en borrador');

    t.clock.set(new Date(ed.nominationsCloseAt.getTime() - 23 * HOUR));
    await scheduler.tick();
    await deliver();
    expect(remindersTo(late.email)).toHaveLength(2);
    expect(remindersTo(punctual.email)).toHaveLength(0);
    t.clock.set(new Date('2026-01-15T12:00:00Z'));
  });

  it('mails new assignments and judging reminders to the right judges only', async () => {
    const edition = await newEdition(t, { phase: 'JUDGING' });
    const track = await newTrack(t, edition, { judgesPerNomination: 1 });
    const nominee = await newInstitution(t);
    const n1 = await newNomination(t, track, nominee);
    const n2 = await newNomination(t, track, nominee);
    const [ana, beto, ciro] = [await newJudge(t), await newJudge(t), await newJudge(t)];
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({
        members: [
          { judgeId: ana.id, capacity: 1 },
          { judgeId: beto.id, capacity: 1 },
        ],
      })
      .expect(200);
    const before = smtp.received.length;
    await t.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(organiser)).expect(200);
    await deliver();
    const assigned = smtp.received.slice(before);
    expect(assigned.map((m) => m.to).sort()).toEqual([ana.email, beto.email].sort());
    expect(assigned[0].subject).toBe('Nuevas postulaciones por evaluar (1)');
    expect(assigned[0].links).toContain(`${BASE}/jurado`);
    expect(smtp.to(ciro.email)).toHaveLength(0);

    // Ana submits her sheet; 23 hours before judging closes only Beto is reminded, once however often it ticks.
    const anaAssignment = await t.db.read((m) => m.findOneByOrFail(AssignmentEntity, { judgeId: ana.id }));
    await t.db.transaction((m) => m.insert(ScoreSheetEntity, submittedSheet(anaAssignment.id)));
    expect([n1.id, n2.id]).toContain(anaAssignment.nominationId);
    t.clock.set(new Date(edition.judgingCloseAt.getTime() - 23 * HOUR));
    const scheduler = t.app.get(MailScheduler);
    await scheduler.tick();
    await scheduler.tick();
    await deliver();
    const reminders = smtp.received.filter((m) => m.subject.startsWith('Recordatorio: 1 evaluación'));
    expect(reminders.map((m) => m.to)).toEqual([beto.email]);
    expect(reminders[0].text).toContain(edition.name);
    // The organisers' digest of the day, once.
    const digests = smtp.received.filter((m) =>
      m.subject.startsWith(`Resumen diario de evaluación: ${edition.name}`),
    );
    expect(digests.map((m) => m.to)).toEqual(['organizador@example.org']);
    expect(digests[0].text).toContain('Hojas enviadas: 1 de 2.');

    // An organiser reopens Ana's sheet: Ana, and only Ana, hears of it with the reason.
    const beforeReopen = smtp.received.length;
    await t.http
      .post(`/api/assignments/${anaAssignment.id}/score-sheet/reopen`)
      .set(auth(organiser))
      .send({ reason: 'Falta justificar el criterio de apertura.' })
      .expect(200);
    await deliver();
    const reopened = smtp.received.slice(beforeReopen);
    expect(reopened.map((m) => m.to)).toEqual([ana.email]);
    expect(reopened[0].text).toContain('Falta justificar el criterio de apertura.');
    expect(reopened[0].links).toContain(`${BASE}/jurado/asignaciones/${anaAssignment.id}`);
    t.clock.set(new Date('2026-01-15T12:00:00Z'));
  });

  it('mails the results after publication, none before, once per nominator, with the winner’s certificate', async () => {
    const edition = await newEdition(t, { phase: 'DELIBERATION' });
    const track = await newTrack(t, edition, { code: TrackCode.FEDERAL_PROACTIVE, minReviews: 1, places: 1 });
    const nominee = await newInstitution(t, { stateCode: null, kind: InstitutionKind.FEDERAL_BODY });
    const winnerNominator = await newUser(t, Role.NOMINATOR, {
      email: 'ganadora@example.org',
      institutionId: nominee.id,
    });
    const nomination = await newNomination(t, track, nominee, { stateCode: null });
    const judge = await newJudge(t);
    await t.db.transaction(async (m) => {
      const assignmentId = randomUUID();
      await m.insert(AssignmentEntity, {
        id: assignmentId,
        trackId: track.id,
        nominationId: nomination.id,
        judgeId: judge.id,
        status: AssignmentStatus.ACTIVE,
        recusalReason: null,
        recusedAt: null,
        source: AssignmentSource.MANUAL,
        createdById: null,
        createdAt: t.clock.now(),
      });
      await m.insert(ScoreSheetEntity, submittedSheet(assignmentId));
    });
    await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(200);
    await t.app.get(MailScheduler).tick();
    await deliver();
    expect(smtp.to(winnerNominator.email)).toHaveLength(0);

    await t.http.post(`/api/editions/${edition.id}/publish`).set(auth(organiser)).expect(200);
    await t.app.get(MailScheduler).tick();
    await deliver();
    const mails = smtp.to(winnerNominator.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Resultados publicados: ${edition.name}`);
    expect(mails[0].links).toContain(`${BASE}/resultados/${edition.id}`);
    const certificate = `${BASE}/api/public/editions/${edition.id}/certificates/${nomination.id}.pdf`;
    expect(mails[0].links).toContain(certificate);
    // The certificate link works.
    const pdf = await t.http.get(certificate.slice(BASE.length)).expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  });

  it('keeps failed deliveries visible to organisers, with their attempts, and retries them on request', async () => {
    const row = await t.db.read((m) => m.findOneByOrFail(OutboxMessageEntity, { status: OutboxStatus.SENT }));
    await t.db.transaction((m) =>
      m.update(
        OutboxMessageEntity,
        { id: row.id },
        { status: OutboxStatus.FAILED, attempts: 8, lastError: 'refused' },
      ),
    );
    const failed = await t.http.get('/api/mail/messages?status=FAILED').set(auth(organiser)).expect(200);
    expect(failed.body.items.map((m: { id: string }) => m.id)).toEqual([row.id]);
    expect(failed.body.counts.FAILED).toBe(1);
    const one = await t.http.get(`/api/mail/messages/${row.id}`).set(auth(organiser)).expect(200);
    expect(one.body).toMatchObject({ status: 'FAILED', attempts: 8, lastError: 'refused' });
    const before = smtp.to(row.toAddress).length;
    await t.http.post(`/api/mail/messages/${row.id}/retry`).set(auth(organiser)).expect(200);
    await deliver();
    expect(smtp.to(row.toAddress)).toHaveLength(before + 1);
    const again = await t.http.post(`/api/mail/messages/${row.id}/retry`).set(auth(organiser)).expect(409);
    expect(again.body.code).toBe('NOT_FAILED');
    // No local copies when an SMTP server is configured.
    const dir = `${t.uploadsDir}-mail`;
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
