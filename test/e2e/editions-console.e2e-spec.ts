import { EditionEntity } from '../../src/database/schema/edition.entity';
import { startTestApp, TestApp } from '../support/test-app';

/** What an organiser's edition form may send: instants with their offset, participating states named. */
describe('editions API: instants with their offset, participating states', () => {
  let t: TestApp;
  let organiser: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const body = (overrides: Record<string, unknown> = {}) => ({
    name: 'Reconocimientos 2031',
    year: 2031,
    timezone: 'America/Mexico_City',
    nominationsOpenAt: '2031-01-15T09:00:00-06:00',
    nominationsCloseAt: '2031-02-28T18:00:00-06:00',
    judgingOpenAt: '2031-03-01T09:00:00-06:00',
    judgingCloseAt: '2031-03-31T18:00:00-06:00',
    announcementAt: '2031-04-13T10:00:00-06:00',
    participatingStates: ['09', '14'],
    ...overrides,
  });
  const editions = () => t.db.read((m) => m.count(EditionEntity));

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
  });

  afterAll(() => t.close());

  it('refuses a date without a time, or a time without an offset, naming the field; nothing stored', async () => {
    const before = await editions();
    const dateOnly = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send(body({ nominationsCloseAt: '2031-02-28' }))
      .expect(400);
    expect(dateOnly.body.errors).toEqual([
      expect.objectContaining({
        field: 'nominationsCloseAt',
        message: expect.stringContaining('UTC offset'),
      }),
    ]);
    const noOffset = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .set('accept-language', 'es')
      .send(body({ announcementAt: '2031-04-13T10:00:00' }))
      .expect(400);
    expect(noOffset.body.errors).toEqual([
      expect.objectContaining({ field: 'announcementAt', message: expect.stringContaining('desfase UTC') }),
    ]);
    expect(await editions()).toBe(before);
  });

  it('refuses an edition whose local track has no participating state unless the body says so (422)', async () => {
    const before = await editions();
    const refused = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .send(body({ participatingStates: [] }))
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'NO_PARTICIPATING_STATES' });
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'participatingStates' })]);
    expect(await editions()).toBe(before);

    const allowed = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .send(body({ participatingStates: undefined, allowNoParticipatingStates: true, year: 2032 }))
      .expect(201);
    expect(allowed.body.participatingStates).toEqual([]);
    expect(await editions()).toBe(before + 1);
  });

  it('stores the instant the offset names, and refuses an offset-less one on change', async () => {
    const created = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .send(body({ year: 2033 }))
      .expect(201);
    expect(new Date(created.body.nominationsCloseAt).toISOString()).toBe('2031-03-01T00:00:00.000Z');
    const refused = await t.http
      .patch(`/api/editions/${created.body.id}`)
      .set(auth(organiser))
      .send({ judgingCloseAt: '2031-03-31' })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'judgingCloseAt' })]);
    await t.http
      .patch(`/api/editions/${created.body.id}`)
      .set(auth(organiser))
      .send({ allowNoParticipatingStates: true })
      .expect(400);
  });
});
