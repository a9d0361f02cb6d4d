import { EditionEntity } from '../../src/database/schema/edition.entity';
import { PageBrowser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

/** The edition form as a browser fills it: wall-clock times of the chosen time zone. */
const FORM = {
  name: 'Reconocimientos 2027',
  year: '2027',
  timezone: 'America/Mexico_City',
  nominationsOpenAt: '2027-02-01T09:00',
  nominationsCloseAt: '2027-03-15T18:00',
  judgingOpenAt: '2027-03-16T09:00',
  judgingCloseAt: '2027-04-01T18:00',
  announcementAt: '2027-04-13T11:00',
  participatingStates: ['09', '14'],
  retentionMonths: '12',
  fourEyes: '1',
};

describe('edition pages: create, edit and clone an edition from the browser (issue 13)', () => {
  let t: TestApp;
  let organiser: PageBrowser;
  const editions = () => t.db.read((m) => m.count(EditionEntity));

  beforeAll(async () => {
    t = await startTestApp();
    organiser = new PageBrowser(t);
    await organiser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, '/organizacion/ediciones/nueva');
  });

  afterAll(() => t.close());

  it('offers the form with the states by name and the time zones of Mexico, linked from the dashboard', async () => {
    expect((await organiser.get('/organizacion')).text).toContain('href="/organizacion/ediciones/nueva"');
    const page = await organiser.get('/organizacion/ediciones/nueva');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<label for="estado-14">Jalisco</label>');
    expect(page.text).toContain('value="America/Tijuana"');
    expect(page.text).toContain('type="datetime-local"');
  });

  it('names each problem next to its field and stores nothing: a date without a time, no states', async () => {
    const before = await editions();
    const dateOnly = await organiser.post('/organizacion/ediciones', {
      ...FORM,
      nominationsCloseAt: '2027-03-15',
    });
    expect(dateOnly.status).toBe(400);
    expect(dateOnly.text).toMatch(/id="f-nominationsCloseAt-error"/);
    expect(dateOnly.text).toContain('value="2027-03-15"'); // what was typed comes back

    const noStates = await organiser.post('/organizacion/ediciones', { ...FORM, participatingStates: [] });
    expect(noStates.status).toBe(422);
    expect(noStates.text).toContain('error-summary');
    expect(await editions()).toBe(before);
  });

  it('creates the edition reading the dates in its time zone, edits it, and clones it to the next year', async () => {
    const created = await organiser.post('/organizacion/ediciones', FORM);
    expect(created.status).toBe(303);
    const id = /\/organizacion\/ediciones\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1];
    const token = await t.login();
    const api = async (editionId: string) =>
      (await t.http.get(`/api/editions/${editionId}`).set('authorization', `Bearer ${token}`).expect(200))
        .body as Record<string, unknown>;
    const stored = await api(id);
    // Mexico City keeps UTC−6 all year: 09:00 there is 15:00 UTC.
    expect(stored).toMatchObject({
      name: 'Reconocimientos 2027',
      year: 2027,
      timezone: 'America/Mexico_City',
      nominationsOpenAt: '2027-02-01T15:00:00.000Z',
      nominationsCloseAt: '2027-03-16T00:00:00.000Z',
      announcementAt: '2027-04-13T17:00:00.000Z',
      participatingStates: ['09', '14'],
      retentionMonths: 12,
      fourEyes: true,
    });

    // The edit form shows the same wall-clock times, not UTC.
    const editPage = await organiser.get(`/organizacion/ediciones/${id}/editar`);
    expect(editPage.status).toBe(200);
    expect(editPage.text).toContain('value="2027-03-15T18:00"');
    expect(editPage.text).toMatch(/id="estado-14" name="participatingStates" value="14" checked/);
    const saved = await organiser.post(`/organizacion/ediciones/${id}/editar`, {
      ...FORM,
      name: 'Reconocimientos 2027 (Tijuana)',
      timezone: 'America/Tijuana',
      nominationsCloseAt: '2027-03-15T18:00',
      participatingStates: ['02', '09', '14'],
    });
    expect(saved.status).toBe(303);
    expect(await api(id)).toMatchObject({
      name: 'Reconocimientos 2027 (Tijuana)',
      timezone: 'America/Tijuana',
      // Tijuana is on Pacific daylight time (UTC−7) in mid-March 2027.
      nominationsCloseAt: '2027-03-16T01:00:00.000Z',
      participatingStates: ['02', '09', '14'],
    });

    const cloned = await organiser.post(`/organizacion/ediciones/${id}/clonar`, {
      year: '2028',
      name: 'Reconocimientos 2028',
    });
    expect(cloned.status).toBe(303);
    const copyId = /\/organizacion\/ediciones\/([0-9a-f-]{36})/.exec(String(cloned.headers.location))![1];
    expect(copyId).not.toBe(id);
    const copy = await api(copyId);
    expect(copy).toMatchObject({
      name: 'Reconocimientos 2028',
      year: 2028,
      participatingStates: ['02', '09', '14'],
    });
    expect(new Date(String(copy.nominationsOpenAt)).getUTCFullYear()).toBe(2028);
    const page = await organiser.get(String(cloned.headers.location));
    expect(page.text).toContain('Edición clonada para el año siguiente');
  });

  it('archives an edition from its page (off the dashboard, listed apart), and brings it back through the API', async () => {
    const token = await t.login();
    const as = { authorization: `Bearer ${token}` };
    const created = await organiser.post('/organizacion/ediciones', {
      ...FORM,
      name: 'Edición para archivar',
    });
    expect(created.status).toBe(303);
    const url = String(created.headers.location).split('?')[0];
    const id = url.split('/').pop()!;
    expect((await organiser.get('/organizacion')).text).toContain('Edición para archivar');

    await organiser.get(url);
    const archived = await organiser.post(`${url}/archivar`, {});
    expect(archived.status).toBe(303);
    expect((await organiser.get(String(archived.headers.location))).text).toContain('Archivada desde el');
    const dashboard = await organiser.get('/organizacion');
    expect(dashboard.text).not.toContain('Edición para archivar');
    expect(dashboard.text).toContain('href="/organizacion?archivadas=1"');
    expect((await organiser.get('/organizacion?archivadas=1')).text).toContain('Edición para archivar');

    const api = await t.http.get(`/api/editions/${id}`).set(as).expect(200);
    expect(api.body.archivedAt).not.toBeNull();
    const again = await t.http.post(`/api/editions/${id}/archive`).set(as).expect(409);
    expect(again.body.code).toBe('ALREADY_ARCHIVED');
    const back = await t.http.post(`/api/editions/${id}/unarchive`).set(as).expect(200);
    expect(back.body.archivedAt).toBeNull();
    expect((await t.http.post(`/api/editions/${id}/unarchive`).set(as).expect(409)).body.code).toBe(
      'NOT_ARCHIVED',
    );
    const trail = await t.http.get(`/api/audit?entityId=${id}&order=asc`).set(as).expect(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'edition.create',
      'edition.archive',
      'edition.unarchive',
    ]);
  });

  it('keeps the pages to organisers: an observer is refused', async () => {
    const token = await t.login();
    await t.http
      .post('/api/users')
      .set('authorization', `Bearer ${token}`)
      .send({
        email: 'obs-ediciones@example.org',
        name: 'Observa',
        role: 'OBSERVER',
        password: 'Observadora-2027',
      })
      .expect(201);
    const observer = new PageBrowser(t);
    await observer.signIn('obs-ediciones@example.org', 'Observadora-2027');
    expect((await observer.get('/organizacion/ediciones/nueva')).status).toBe(403);
    expect((await observer.get('/organizacion')).text).not.toContain('/organizacion/ediciones/nueva');
  });
});
