import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { DomainException } from '../../src/common/errors/domain-exception';
import { assertAccountMayLeave } from '../../src/users/organiser-guard';
import { Role, UserEntity, UserStatus } from '../../src/database/schema/user.entity';
import { newInstitution as insertInstitution, newUser } from '../support/factories';
import { IntakeEdition, nominationBody, openDraft } from '../support/intake-fixtures';
import { tableCounts } from '../support/table-counts';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 19, input classes: null fields, numeric query parameters, client-chosen keys, the last organiser. */
describe('hardening: input', () => {
  let t: TestApp;
  let organiser: string;
  let edition: IntakeEdition;
  let institution: string;
  let draft: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  const counts = () => tableCounts(t);

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    ({ edition, institution, nominationId: draft } = await openDraft(t, organiser));
  });
  afterAll(() => t.close());

  describe('null for a field (class 2)', () => {
    const cases: [string, string, string[]][] = [
      [
        'PATCH',
        'editions/:edition',
        [
          'name',
          'year',
          'timezone',
          'nominationsOpenAt',
          'nominationsCloseAt',
          'judgingOpenAt',
          'judgingCloseAt',
          'announcementAt',
          'participatingStates',
          'key',
        ],
      ],
      [
        'PATCH',
        'tracks/:track',
        [
          'name',
          'eligibilityRule',
          'categories',
          'rubric',
          'judgesPerNomination',
          'minReviews',
          'aggregation',
          'places',
          'honourableMentions',
          'threshold',
          'blind',
        ],
      ],
      ['PATCH', 'institutions/:institution', ['name', 'kind', 'level']],
      [
        'PATCH',
        'nominations/:nomination',
        [
          'nomineeInstitutionId',
          'title',
          'summary',
          'description',
          'practiceDetails',
          'evidenceUrls',
          'contactName',
          'contactEmail',
          'channel',
        ],
      ],
    ];
    const path = (route: string) =>
      `/api/${route
        .replace(':edition', edition.editionId)
        .replace(':track', edition.localTrackId)
        .replace(':institution', institution)
        .replace(':nomination', draft)}`;

    it.each(cases.flatMap(([method, route, fields]) => fields.map((f) => [method, route, f])))(
      '%s %s {%s: null} is a 400 naming the field, and stores nothing',
      async (_method, route, field) => {
        const before = await counts();
        const res = await t.http
          .patch(path(route))
          .set(as(organiser))
          .send({ [field]: null })
          .expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.errors).toEqual([expect.objectContaining({ field, code: 'isNotNull' })]);
        expect(await counts()).toEqual(before);
      },
    );

    it('null clears a field that says it may be null (a nomination’s phone)', async () => {
      await t.http
        .patch(path('nominations/:nomination'))
        .set(as(organiser))
        .send({ contactPhone: '5555555555' })
        .expect(200);
      const res = await t.http
        .patch(path('nominations/:nomination'))
        .set(as(organiser))
        .send({ contactPhone: null })
        .expect(200);
      expect(res.body.contactPhone).toBeNull();
    });
  });

  describe('numbers at the edges of query strings (class 3)', () => {
    it.each([
      ['/api/nominations', 'page', '1e308'],
      ['/api/nominations', 'page', '1e21'],
      ['/api/nominations', 'page', '-1'],
      ['/api/nominations', 'page', '1.5'],
      ['/api/nominations', 'page', '0x10'],
      ['/api/nominations', 'page', '99999999999999999999'],
      ['/api/nominations', 'page', ''],
      ['/api/nominations', 'pageSize', 'Infinity'],
      ['/api/nominations', 'pageSize', '201'],
      ['/api/audit', 'page', '1e308'],
      ['/api/audit', 'afterSeq', '1e21'],
      ['/api/audit', 'afterSeq', '2147483648'],
      ['/api/audit', 'limit', '-0.5'],
      ['/api/audit', 'limit', 'NaN'],
    ])('GET %s?%s=%s is a 400 naming the parameter', async (url, name, value) => {
      const res = await t.http
        .get(url)
        .query({ [name]: value })
        .set(as(organiser))
        .expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: name })]));
    });

    it('the largest allowed values are answered (an empty page), not a 500', async () => {
      const res = await t.http
        .get('/api/nominations')
        .query({ page: '1000000', pageSize: '200' })
        .set(as(organiser))
        .expect(200);
      expect(res.body.items).toEqual([]);
      await t.http.get('/api/audit').query({ page: '1000000', limit: '200' }).set(as(organiser)).expect(200);
      await t.http.get('/api/audit').query({ afterSeq: '2147483647' }).set(as(organiser)).expect(200);
    });
  });

  describe('client-chosen identifiers (class 4)', () => {
    it('a nominator cannot choose a nomination key; the server assigns one', async () => {
      const own = await insertInstitution(t, { name: 'Institución de la nominadora', stateCode: '09' });
      const nominator = await (await newUser(t, Role.NOMINATOR, { institutionId: own.id })).login();
      const taken = await t.db.read((m) => m.findOneByOrFail(NominationEntity, { id: draft }));
      const before = await counts();
      const refused = await t.http
        .post('/api/nominations')
        .set(as(nominator))
        .send(nominationBody(edition.localTrackId, own.id, { key: taken.key }))
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'key' })]);
      expect(await counts()).toEqual(before);
      const created = await t.http
        .post('/api/nominations')
        .set(as(nominator))
        .send(nominationBody(edition.localTrackId, own.id))
        .expect(201);
      expect(created.body.key).toMatch(/^N-[0-9a-f]{8}$/);
    });

    it('an organiser keeps its own key, and a key already used in the edition is a 409', async () => {
      const body = nominationBody(edition.localTrackId, institution, {
        nominatingInstitutionId: institution,
        key: 'PAPEL-001',
      });
      const first = await t.http.post('/api/nominations').set(as(organiser)).send(body).expect(201);
      expect(first.body.key).toBe('PAPEL-001');
      const before = await counts();
      const again = await t.http.post('/api/nominations').set(as(organiser)).send(body).expect(409);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'KEY_TAKEN' });
      expect(await counts()).toEqual(before);
    });
  });

  describe('the last organiser (class 5)', () => {
    it('nobody can disable their own account', async () => {
      const me = await t.http.get('/api/auth/me').set(as(organiser)).expect(200);
      const res = await t.http.post(`/api/users/${me.body.id}/disable`).set(as(organiser)).expect(422);
      expect(res.body.code).toBe('NOT_YOURSELF');
    });

    it('two organisers disabling each other at once leave one active (the other answer is refused)', async () => {
      const a = await newUser(t, Role.ORGANISER);
      const b = await newUser(t, Role.ORGANISER);
      const [tokenA, tokenB] = [await a.login(), await b.login()];
      // The suite's own organiser steps aside first (disabled by A), so A and B are the only active ones.
      const me = await t.http.get('/api/auth/me').set(as(organiser)).expect(200);
      await t.http.post(`/api/users/${me.body.id}/disable`).set(as(tokenA)).expect(200);
      const answers = await Promise.all([
        t.http.post(`/api/users/${b.id}/disable`).set(as(tokenA)),
        t.http.post(`/api/users/${a.id}/disable`).set(as(tokenB)),
      ]);
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([401, 422]).toContain(statuses[1]);
      const refused = answers.find((r) => r.status !== 200)!;
      if (refused.status === 422) expect(refused.body.code).toBe('LAST_ORGANISER');
      const active = await t.db.read((m) =>
        m.countBy(UserEntity, { role: Role.ORGANISER, status: UserStatus.ACTIVE }),
      );
      expect(active).toBe(1);
      organiser = answers[0].status === 200 ? tokenA : tokenB;
    });

    it('the last active organiser cannot be disabled, demoted or erased by anyone', async () => {
      const last = await t.db.read((m) =>
        m.findOneByOrFail(UserEntity, { role: Role.ORGANISER, status: UserStatus.ACTIVE }),
      );
      for (const removal of ['DISABLE', 'DEMOTE', 'ERASE'] as const) {
        const error = await t.db
          .transaction((m) => assertAccountMayLeave(t.db, m, { id: 'someone-else' }, last, removal))
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DomainException);
        expect((error as DomainException).code).toBe('LAST_ORGANISER');
      }
    });
  });
});
