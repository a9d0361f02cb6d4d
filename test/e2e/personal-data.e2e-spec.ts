import { Role } from '../../src/database/schema/user.entity';
import { newUser } from '../support/factories';
import { openEdition, newInstitution, nominationBody } from '../support/intake-fixtures';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** The right of access: everything held about a person, as they entered it, in one JSON document. */
describe('personal data: the right of access', () => {
  let t: TestApp;
  let organiser: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
  });

  afterAll(() => t?.close());

  it('gives a person, and an organiser for them, what was entered: account, affiliations, nominations, actions', async () => {
    const edition = await openEdition(t, organiser);
    const institution = await newInstitution(t, organiser, { name: 'Gobierno de Jalisco', stateCode: '14' });
    await t.http
      .post('/api/auth/register')
      .send({
        email: 'nadia@example.org',
        name: 'Nadia Nominadora',
        password: 'Nominadora-2026',
        institutionId: institution,
      })
      .expect(201);
    const [nadiaRow] = (await t.http.get('/api/users?q=nadia').set(as(organiser)).expect(200)).body as {
      id: string;
    }[];
    const nadiaId = nadiaRow.id;
    await t.http.post(`/api/users/${nadiaId}/approve`).set(as(organiser)).expect(200);
    const nadia = await t.login('nadia@example.org', 'Nominadora-2026');
    const created = await t.http
      .post('/api/nominations')
      .set(as(nadia))
      .send(
        nominationBody(edition.localTrackId, institution, {
          title: 'Cabildo abierto digital',
          stateCode: '14',
          contactName: 'Nadia Nominadora',
          contactEmail: 'nadia@example.org',
          contactPhone: '+52 33 1234 5678',
        }),
      )
      .expect(201);

    const mine = (await t.http.get('/api/auth/me/personal-data').set(as(nadia)).expect(200)).body;
    expect(mine.format).toBe('reconocimientos-personal-data/1');
    expect(mine.account).toMatchObject({
      id: nadiaId,
      name: 'Nadia Nominadora',
      email: 'nadia@example.org',
      role: 'NOMINATOR',
      status: 'ACTIVE',
      institution: { id: institution, name: 'Gobierno de Jalisco' },
    });
    expect(mine.nominations).toEqual([
      expect.objectContaining({
        key: created.body.key,
        title: 'Cabildo abierto digital',
        role: ['CREATOR', 'CONTACT'],
        contactName: 'Nadia Nominadora',
        contactEmail: 'nadia@example.org',
        contactPhone: '+52 33 1234 5678',
        publicationConsent: false,
      }),
    ]);
    expect(mine.actions.map((a: { action: string }) => a.action)).toEqual(['nomination.create']);
    expect(mine.concerning.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['user.register', 'user.approve']),
    );
    expect(JSON.stringify(mine)).not.toMatch(/passwordHash|tokenHash|\$argon2/);

    // Nobody else's data: another person gets 404 for Nadia's; the organiser gets the same document.
    const judge = await newUser(t, Role.JUDGE, { name: 'Jorge Jurado' });
    await t.http
      .get(`/api/users/${nadiaId}/personal-data`)
      .set(as(await judge.login()))
      .expect(403);
    const forRequest = (
      await t.http.get(`/api/users/${nadiaId}/personal-data`).set(as(organiser)).expect(200)
    ).body;
    // The same document (the mail worker may have sent a message in between: its status is left out).
    const comparable = (d: { mail: { subject: string }[] }) => ({
      ...d,
      generatedAt: null,
      mail: d.mail.map((x) => x.subject),
    });
    expect(comparable(forRequest)).toEqual(comparable(mine));

    // A judge's export holds its affiliations.
    await t.http
      .put(`/api/users/${judge.id}/affiliations`)
      .set(as(organiser))
      .send({ affiliations: [{ institutionId: institution }, { stateCode: '09' }] })
      .expect(200);
    const judgeData = (
      await t.http
        .get('/api/auth/me/personal-data')
        .set(as(await judge.login()))
        .expect(200)
    ).body;
    expect(judgeData.affiliations).toHaveLength(2);
    expect(judgeData.affiliations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ institution: 'Gobierno de Jalisco', stateCode: null }),
        expect.objectContaining({ institution: null, stateCode: '09' }),
      ]),
    );
  });

  it('offers the download on the pages: one’s own, and an organiser’s for a person', async () => {
    const browser = new PageBrowser(t);
    await browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, '/cuenta/contrasena');
    const page = await browser.get('/cuenta/contrasena');
    expect(page.text).toContain('href="/cuenta/datos"');
    const own = await browser.get('/cuenta/datos');
    expect(own.status).toBe(200);
    expect(own.headers['content-disposition']).toMatch(/attachment; filename="datos-personales-/);
    expect(JSON.parse(own.text).account.email).toBe(ADMIN_EMAIL);
  });
});
