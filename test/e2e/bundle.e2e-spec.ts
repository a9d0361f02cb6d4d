import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import type { BundleV1 } from '../../src/bundle/format/bundle-format';
import { EXIT } from '../../src/cli/command';
import { ENTITIES } from '../../src/database/schema';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { InstitutionEntity } from '../../src/database/schema/institution.entity';
import { JudgeAffiliationEntity } from '../../src/database/schema/judge-affiliation.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role, UserEntity } from '../../src/database/schema/user.entity';
import { FactoryUser, newUser } from '../support/factories';
import {
  IntakeEdition,
  newInstitution,
  nominationBody,
  openEdition,
  PDF_BYTES,
} from '../support/intake-fixtures';
import { borrowApp, runCliInProcess } from '../support/cli';
import { startTestApp, TestApp } from '../support/test-app';

const MiB = 1024 * 1024;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const NEW_PASSWORD = 'Jurado-Importado-2026';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const copy = (bundle: BundleV1): BundleV1 => JSON.parse(JSON.stringify(bundle)) as BundleV1;

describe('edition bundle: export, import, validation, limits, access', () => {
  let t: TestApp;
  let organiser: string;
  let edition: IntakeEdition;
  let nominator: FactoryUser;
  let ana: FactoryUser;
  let beto: FactoryUser;
  let exported: BundleV1;

  const rowCounts = () =>
    t.db.read(async (m) => {
      const counts: Record<string, number> = {};
      for (const entity of ENTITIES) counts[entity.name] = await m.count(entity);
      return counts;
    });

  /** The bundle as another database would hold it: the same edition under another key. */
  const withKey = (bundle: BundleV1, key: string): BundleV1 => {
    const out = copy(bundle);
    out.edition.key = key;
    return out;
  };

  const exportOf = async (editionId: string): Promise<BundleV1> =>
    (await t.http.get(`/api/editions/${editionId}/bundle`).set(auth(organiser)).expect(200)).body as BundleV1;

  /** Builds, through the API, an edition with intake and judging data in every state worth carrying. */
  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    edition = await openEdition(t, organiser);
    const cdmx = await newInstitution(t, organiser, {
      name: 'Gobierno de la Ciudad de México',
      stateCode: '09',
    });
    const itei = await newInstitution(t, organiser, {
      name: 'Instituto de Transparencia de Jalisco',
      kind: 'ORGANISMO_GARANTE',
      stateCode: '14',
    });
    const cso = await newInstitution(t, organiser, {
      name: 'Colectivo Ciudadano',
      kind: 'CSO',
      stateCode: '15',
    });
    const sfp = await newInstitution(t, organiser, {
      name: 'Secretaría de la Función Pública',
      kind: 'FEDERAL_BODY',
      level: 'FEDERAL',
    });
    await t.http
      .patch(`/api/tracks/${edition.localTrackId}`)
      .set(auth(organiser))
      .send({
        categories: [
          { key: 'planes', name: 'Planes de acción locales' },
          { key: 'stl', name: 'STL' },
        ],
      })
      .expect(200);

    nominator = await newUser(t, Role.NOMINATOR, { email: 'postula@example.org', institutionId: cdmx });
    const asNominator = auth(await nominator.login());
    const create = async (as: { authorization: string }, body: Record<string, unknown>) => {
      // Nominators cannot choose keys (the server assigns them): the fixture's readable keys are set afterwards.
      const { key, ...rest } = body;
      const own = as === asNominator;
      const res = await t.http
        .post('/api/nominations')
        .set(as)
        .send(own ? rest : body)
        .expect(201);
      const id = res.body.id as string;
      if (own && typeof key === 'string') {
        await t.db.transaction((m) => m.update(NominationEntity, { id }, { key }));
      }
      return id;
    };
    const local = (key: string, extra: Record<string, unknown> = {}) =>
      nominationBody(edition.localTrackId, cdmx, { key, categoryKey: 'planes', ...extra });

    // A draft with an extended deadline.
    const draft = await create(
      asNominator,
      local('L-BORRADOR', { practiceDetails: { problem: 'Opacidad' } }),
    );
    await t.http
      .post(`/api/nominations/${draft}/extension`)
      .set(auth(organiser))
      .send({ until: new Date(edition.nominationsCloseAt.getTime() + 3 * 3600_000).toISOString() })
      .expect(200);
    // Submitted, with an attachment.
    const submitted = await create(asNominator, local('L-ENVIADA', { title: 'Plan de acción con anexo' }));
    await t.http
      .post(`/api/nominations/${submitted}/attachments`)
      .set(asNominator)
      .attach('file', PDF_BYTES, { filename: 'evidencia.pdf', contentType: 'application/pdf' })
      .expect(201);
    await t.http.post(`/api/nominations/${submitted}/submit`).set(asNominator).expect(200);
    // Submitted, then ruled ineligible with a reason.
    const ineligible = await create(
      asNominator,
      local('L-NO-ELEGIBLE', { categoryKey: 'stl', stateCode: '14' }),
    );
    await t.http.post(`/api/nominations/${ineligible}/submit`).set(asNominator).expect(200);
    await t.http
      .post(`/api/nominations/${ineligible}/eligibility`)
      .set(auth(organiser))
      .send({ decision: 'INELIGIBLE', reason: 'La práctica no es del ejercicio local' })
      .expect(200);
    // Withdrawn.
    const withdrawn = await create(asNominator, local('L-RETIRADA'));
    await t.http.post(`/api/nominations/${withdrawn}/withdraw`).set(asNominator).expect(200);
    // Two federal nominations received by mail, recorded by the organiser, ruled eligible.
    const federal: string[] = [];
    for (const key of ['F-1', 'F-2']) {
      const id = await create(auth(organiser), {
        ...nominationBody(edition.federalTrackId, sfp, {
          key,
          channel: 'MAIL',
          nominatingInstitutionId: cso,
        }),
        stateCode: undefined,
      });
      await t.http.post(`/api/nominations/${id}/submit`).set(auth(organiser)).expect(200);
      await t.http
        .post(`/api/nominations/${id}/eligibility`)
        .set(auth(organiser))
        .send({ decision: 'ELIGIBLE' })
        .expect(200);
      federal.push(id);
    }

    // Judging: two judges with affiliations, a panel, a declared conflict, assignments, a recusal, sheets.
    ana = await newUser(t, Role.JUDGE, { email: 'ana.jurado@example.org', name: 'Ana Jurado' });
    beto = await newUser(t, Role.JUDGE, { email: 'beto.jurado@example.org', name: 'Beto Jurado' });
    await t.http
      .put(`/api/users/${ana.id}/affiliations`)
      .set(auth(organiser))
      .send({ affiliations: [{ institutionId: itei }, { stateCode: '14' }] })
      .expect(200);
    await t.http
      .put(`/api/users/${beto.id}/affiliations`)
      .set(auth(organiser))
      .send({ affiliations: [{ stateCode: '20' }] })
      .expect(200);
    await t.http
      .put(`/api/tracks/${edition.federalTrackId}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: ana.id }, { judgeId: beto.id, capacity: 5 }] })
      .expect(200);
    await t.http
      .post(`/api/tracks/${edition.federalTrackId}/conflicts`)
      .set(auth(organiser))
      .send({ judgeId: ana.id, nominationId: federal[1], reason: 'Asesoró el proyecto' })
      .expect(201);
    const assign = async (nominationId: string, judgeId: string) =>
      (
        await t.http
          .post(`/api/tracks/${edition.federalTrackId}/assignments`)
          .set(auth(organiser))
          .send({ nominationId, judgeId })
          .expect(201)
      ).body.id as string;
    const anaF1 = await assign(federal[0], ana.id);
    const betoF1 = await assign(federal[0], beto.id);
    const betoF2 = await assign(federal[1], beto.id);
    const betoToken = await beto.login();
    await t.http
      .post(`/api/assignments/${betoF2}/recuse`)
      .set(auth(betoToken))
      .send({ reason: 'Conozco a quienes postulan' })
      .expect(200);

    t.clock.set(new Date(edition.nominationsCloseAt.getTime() + 25 * 3600_000)); // judging is open
    const track = (await t.http.get(`/api/tracks/${edition.federalTrackId}`).set(auth(organiser)).expect(200))
      .body as { rubric: { key: string; max: number }[] };
    const full = Object.fromEntries(track.rubric.map((c, i) => [c.key, (i % 3) + 7.5]));
    await t.http
      .post(`/api/assignments/${anaF1}/score-sheet/submit`)
      .set(auth(await ana.login()))
      .send({ scores: full, comment: 'Práctica sólida' })
      .expect(200);
    await t.http
      .put(`/api/assignments/${betoF1}/score-sheet`)
      .set(auth(betoToken))
      .send({ scores: { [track.rubric[0].key]: 6 } })
      .expect(200);

    exported = await exportOf(edition.editionId);
  });

  afterAll(() => t.close());

  it('exports every section, sorted, with bundle keys and no internal ids, valid against docs/bundle.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../docs/bundle.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate.errors ?? validate(exported)).toBe(true);
    expect(JSON.stringify(exported)).not.toMatch(UUID);
    expect(JSON.stringify(exported)).not.toMatch(/passwordHash|tokenVersion|storageName/);

    expect(exported.formatVersion).toBe(2);
    expect(exported.edition).toMatchObject({
      name: 'Edición de prueba',
      participatingStates: ['09', '14', '15'],
    });
    expect(exported.tracks.map((x) => x.code)).toEqual(['FEDERAL_PROACTIVE', 'LOCAL_OPEN_GOV']);
    expect(exported.tracks[0].frozenAt).not.toBeNull(); // a sheet was submitted
    expect(exported.nominations.map((n) => [n.key, n.status])).toEqual([
      ['F-1', 'ELIGIBLE'],
      ['F-2', 'ELIGIBLE'],
      ['L-BORRADOR', 'DRAFT'],
      ['L-ENVIADA', 'SUBMITTED'],
      ['L-NO-ELEGIBLE', 'INELIGIBLE'],
      ['L-RETIRADA', 'WITHDRAWN'],
    ]);
    const byKey = new Map(exported.nominations.map((n) => [n.key, n]));
    expect(byKey.get('L-BORRADOR')!.extendedUntil).not.toBeNull();
    expect(byKey.get('L-BORRADOR')!.practiceDetails).toEqual({ problem: 'Opacidad' });
    expect(byKey.get('L-NO-ELEGIBLE')!.eligibilityReason).toBe('La práctica no es del ejercicio local');
    expect(byKey.get('L-ENVIADA')!.attachments).toEqual([
      expect.objectContaining({ name: 'evidencia.pdf', mimeType: 'application/pdf', size: PDF_BYTES.length }),
    ]);
    expect(byKey.get('L-ENVIADA')!.receiptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(byKey.get('F-1')).toMatchObject({
      channel: 'MAIL',
      nominatingInstitutionKey: 'colectivo ciudadano|15',
      nomineeInstitutionKey: 'secretaria de la funcion publica|',
      createdByEmail: 'organizador@example.org',
    });
    expect(exported.institutions.map((i) => i.key)).toEqual([
      'colectivo ciudadano|15',
      'gobierno de la ciudad de mexico|09',
      'instituto de transparencia de jalisco|14',
      'secretaria de la funcion publica|',
    ]);
    expect(exported.users.map((u) => [u.email, u.role])).toEqual([
      ['ana.jurado@example.org', 'JUDGE'],
      ['beto.jurado@example.org', 'JUDGE'],
      ['organizador@example.org', 'ORGANISER'],
      ['postula@example.org', 'NOMINATOR'],
    ]);
    expect(exported.users[0].affiliations).toEqual([
      { institutionKey: null, stateCode: '14' },
      { institutionKey: 'instituto de transparencia de jalisco|14', stateCode: null },
    ]);
    expect(exported.panels).toEqual([
      {
        trackCode: 'FEDERAL_PROACTIVE',
        members: [
          { judgeEmail: 'ana.jurado@example.org', capacity: null },
          { judgeEmail: 'beto.jurado@example.org', capacity: 5 },
        ],
        conflicts: [
          expect.objectContaining({
            judgeEmail: 'ana.jurado@example.org',
            nominationKey: 'F-2',
            institutionKey: null,
            reason: 'Asesoró el proyecto',
          }),
        ],
      },
      { trackCode: 'LOCAL_OPEN_GOV', members: [], conflicts: [] },
    ]);
    expect(exported.assignments.map((a) => [a.nominationKey, a.judgeEmail, a.status])).toEqual([
      ['F-1', 'ana.jurado@example.org', 'ACTIVE'],
      ['F-1', 'beto.jurado@example.org', 'ACTIVE'],
      ['F-2', 'beto.jurado@example.org', 'RECUSED'],
    ]);
    expect(exported.assignments[2].recusalReason).toBe('Conozco a quienes postulan');
    expect(exported.scoreSheets.map((s) => [s.nominationKey, s.judgeEmail, s.status])).toEqual([
      ['F-1', 'ana.jurado@example.org', 'SUBMITTED'],
      ['F-1', 'beto.jurado@example.org', 'DRAFT'],
    ]);
    expect(Object.keys(exported.scoreSheets[0].scores)).toHaveLength(6);
    expect(exported.overrides).toEqual([]);
    expect(exported.seal).toBeNull();
  });

  it('imports the bundle as a new edition under the id of the path; exporting it gives the same document', async () => {
    const id = '0b6a3d0e-5b8e-4c1e-9a4e-2f7d1c3b9a10';
    const other = withKey(exported, 'otra-base-por-id');
    const res = await t.http.post(`/api/editions/${id}/bundle`).set(auth(organiser)).send(other).expect(201);
    expect(res.body).toMatchObject({ id, key: other.edition.key, name: exported.edition.name });
    expect(res.body.phase).toBe('JUDGING');
    expect(await exportOf(id)).toEqual(other);
    // Institutions and users were matched, not duplicated.
    const users = await t.db.read((m) => m.countBy(UserEntity, { email: 'ana.jurado@example.org' }));
    expect(users).toBe(1);
  });

  it('refuses a second import under an id already taken (409) and stores nothing', async () => {
    const before = await rowCounts();
    const res = await t.http
      .post(`/api/editions/${edition.editionId}/bundle`)
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send(exported)
      .expect(409);
    expect(res.body).toMatchObject({ code: 'EDITION_ID_TAKEN' });
    expect(res.body.message).toContain(edition.editionId);
    expect(await rowCounts()).toEqual(before);
    await t.http.post('/api/editions/not-a-uuid/bundle').set(auth(organiser)).send(exported).expect(400);
  });

  it('refuses a bundle whose edition key exists (409 naming it) unless imported as a copy under a new key', async () => {
    const before = await rowCounts();
    const taken = await t.http
      .post('/api/editions/import')
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send(exported)
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'EDITION_KEY_TAKEN' });
    expect(taken.body.message).toContain(`"${exported.edition.key}"`);
    expect(await rowCounts()).toEqual(before);
    await t.http.post('/api/editions/import?asKey=no%20vale').set(auth(organiser)).send(exported).expect(400);

    const res = await t.http
      .post('/api/editions/import?asKey=copia-de-prueba')
      .set(auth(organiser))
      .send(exported)
      .expect(201);
    expect(res.body.key).toBe('copia-de-prueba');
    expect(await exportOf(res.body.id)).toEqual(withKey(exported, 'copia-de-prueba'));
    const entry = await t.db.read((m) =>
      m.findOneByOrFail(AuditEntryEntity, { action: 'bundle.import', entityId: res.body.id }),
    );
    expect(entry.after).toMatchObject({ key: 'copia-de-prueba', copiedFromKey: exported.edition.key });
    const again = await t.http
      .post('/api/editions/import?asKey=copia-de-prueba')
      .set(auth(organiser))
      .send(exported)
      .expect(409);
    expect(again.body.code).toBe('EDITION_KEY_TAKEN');
  });

  it('imports under a fresh id with POST /api/editions/import and records it in the audit trail', async () => {
    const other = withKey(exported, 'otra-base-fresca');
    const res = await t.http.post('/api/editions/import').set(auth(organiser)).send(other).expect(201);
    expect(res.body.id).toMatch(UUID);
    expect(res.body.id).not.toBe(edition.editionId);
    const entry = await t.db.read((m) =>
      m.findOneByOrFail(AuditEntryEntity, { action: 'bundle.import', entityId: res.body.id }),
    );
    expect(entry.after).toMatchObject({
      key: other.edition.key,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      counts: expect.objectContaining({ nominations: 6, attachments: 1, assignments: 3, scoreSheets: 2 }),
    });
    expect(await exportOf(res.body.id)).toEqual(other);
  });

  it('creates missing users (no password until an organiser sets one) and institutions, matched by natural key', async () => {
    const renamed = JSON.parse(
      JSON.stringify(withKey(exported, 'otra-base-renombrada'))
        .split('ana.jurado@example.org')
        .join('ana.nueva@example.org')
        .split('Colectivo Ciudadano')
        .join('Colectivo Nuevo')
        .split('colectivo ciudadano|15')
        .join('colectivo nuevo|15'),
    ) as BundleV1;
    const res = await t.http.post('/api/editions/import').set(auth(organiser)).send(renamed).expect(201);
    expect(await exportOf(res.body.id)).toEqual(renamed);

    const created = await t.db.read((m) => m.findOneByOrFail(UserEntity, { email: 'ana.nueva@example.org' }));
    expect(created).toMatchObject({
      role: 'JUDGE',
      status: 'ACTIVE',
      passwordHash: null,
      name: 'Ana Jurado',
    });
    const affiliations = await t.db.read((m) => m.countBy(JudgeAffiliationEntity, { userId: created.id }));
    expect(affiliations).toBe(2);
    const institution = await t.db.read((m) =>
      m.findOneBy(InstitutionEntity, { naturalKey: 'colectivo nuevo|15' }),
    );
    expect(institution).toMatchObject({ name: 'Colectivo Nuevo', kind: 'CSO', level: 'STATE' });

    await t.http
      .post('/api/auth/login')
      .send({ email: 'ana.nueva@example.org', password: NEW_PASSWORD })
      .expect(401);
    await t.http
      .post(`/api/users/${created.id}/password`)
      .set(auth(organiser))
      .send({ password: NEW_PASSWORD })
      .expect((r) => expect([200, 204]).toContain(r.status));
    await t.login('ana.nueva@example.org', NEW_PASSWORD);
  });

  it('refuses a broken bundle naming every problem with its path, and stores nothing', async () => {
    const broken = copy(exported);
    const draft = broken.nominations.findIndex((n) => n.key === 'L-BORRADOR');
    broken.nominations[draft].trackCode = 'PREMIO_INEXISTENTE';
    const criterion = Object.keys(broken.scoreSheets[0].scores)[0];
    broken.scoreSheets[0].scores[criterion] = 11;
    const before = await rowCounts();

    const res = await t.http
      .post('/api/editions/import')
      .set(auth(organiser))
      .set('accept-language', 'en')
      .send(broken)
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'BUNDLE_INVALID' });
    expect(res.body.message).toBe('The edition bundle is not valid (2 problems); nothing was imported.');
    expect(res.body.errors).toEqual([
      {
        field: `nominations[${draft}].trackCode`,
        code: 'unknownReference',
        message: `nominations[${draft}].trackCode: is not a track of the bundle`,
      },
      {
        field: `scoreSheets[0].scores.${criterion}`,
        code: 'range',
        message: `scoreSheets[0].scores.${criterion}: must be between 0 and 10`,
      },
    ]);
    expect(await rowCounts()).toEqual(before);

    const structure = await t.http
      .post('/api/editions/import')
      .set(auth(organiser))
      .send({ ...copy(exported), tracks: 'ninguna', extra: true })
      .expect(400);
    expect(structure.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'tracks']);
    expect(structure.body.message).toContain('no se importó nada'); // Spanish by default
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses, storing nothing, a bundle whose user exists with another role (409)', async () => {
    const clash = withKey(exported, 'otra-base-choque');
    const index = clash.users.findIndex((u) => u.email === 'postula@example.org');
    clash.users[index].role = Role.OBSERVER;
    const before = await rowCounts();
    const res = await t.http.post('/api/editions/import').set(auth(organiser)).send(clash).expect(409);
    expect(res.body.code).toBe('BUNDLE_CONFLICTS');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([`users[${index}].role`]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a malformed override (400, naming it) and another format version', async () => {
    const before = await rowCounts();
    const res = await t.http
      .post('/api/editions/import')
      .set(auth(organiser))
      .send({ ...copy(exported), overrides: [{ nominationKey: 'F-1', award: 'FIRST' }] })
      .expect(400);
    expect(res.body.code).toBe('BUNDLE_INVALID');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^overrides\[0\]/) })]),
    );
    const version = await t.http
      .post('/api/editions/import')
      .set(auth(organiser))
      .send({ ...copy(exported), formatVersion: 3 })
      .expect(422);
    expect(version.body.code).toBe('BUNDLE_VERSION_UNSUPPORTED');
    expect(await rowCounts()).toEqual(before);
  });

  it('imports a bundle over 1 MiB (5 MiB of nominations) through the large-body route; other routes stay at 1 MiB', async () => {
    const big = withKey(exported, 'otra-base-grande');
    const template = big.nominations.find((n) => n.key === 'L-BORRADOR')!;
    const description = 'Descripción extensa de la práctica. '.repeat(500); // ~18 KB
    for (let i = 1; i <= 300; i++) {
      big.nominations.push({ ...template, key: `GRANDE-${String(i).padStart(4, '0')}`, description });
    }
    const size = Buffer.byteLength(JSON.stringify(big));
    expect(size).toBeGreaterThan(5 * MiB);
    const res = await t.http.post('/api/editions/import').set(auth(organiser)).send(big).expect(201);
    const stored = await t.db.read((m) => m.countBy(NominationEntity, { editionId: res.body.id }));
    expect(stored).toBe(exported.nominations.length + 300);

    const small = await t.http
      .post('/api/editions')
      .set(auth(organiser))
      .send({ name: 'x'.repeat(2 * MiB) })
      .expect(413);
    expect(small.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('lets a 50 MiB body through to the bundle check', async () => {
    const body = JSON.stringify({ formatVersion: 3, padding: 'x'.repeat(50 * MiB) });
    const res = await t.http
      .post('/api/editions/import')
      .set(auth(organiser))
      .set('content-type', 'application/json')
      .send(body)
      .expect(422);
    expect(res.body.code).toBe('BUNDLE_VERSION_UNSUPPORTED');
  });

  it('is for organisers only: judges, nominators and observers get 403, strangers 401', async () => {
    const observer = await newUser(t, Role.OBSERVER);
    const tokens = [await ana.login(), await nominator.login(), await observer.login()];
    const id = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
    const editions = await t.db.read((m) => m.count(EditionEntity));
    for (const token of tokens) {
      await t.http.get(`/api/editions/${edition.editionId}/bundle`).set(auth(token)).expect(403);
      await t.http.post(`/api/editions/${id}/bundle`).set(auth(token)).send(exported).expect(403);
      await t.http.post('/api/editions/import').set(auth(token)).send(exported).expect(403);
    }
    await t.http.get(`/api/editions/${edition.editionId}/bundle`).expect(401);
    await t.http.post(`/api/editions/${id}/bundle`).send(exported).expect(401);
    await t.http.post('/api/editions/import').send(exported).expect(401);
    expect(await t.db.read((m) => m.count(EditionEntity))).toBe(editions);
    await t.http.get(`/api/editions/${id}/bundle`).set(auth(organiser)).expect(404);
  });

  it('exports and imports from the CLI, with progress on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recon-bundle-'));
    // The CLI boots its own application context; here it borrows the test app's and leaves it open.
    const cli = (...argv: string[]) => runCliInProcess(argv, borrowApp(t.app));
    try {
      const file = join(dir, 'edicion.json');
      const exportRun = await cli('bundle:export', edition.editionId, file);
      expect(exportRun.code).toBe(EXIT.OK);
      expect(exportRun.err).toContain('bundle:export: sections read: 10/10 (100%)');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(exported);

      const id = '3c9e7a51-2b4d-4f6a-8c1e-5d7f9b0a2c4e';
      const importRun = await cli('bundle:import', file, '--id', id, '--as-key', 'copia-cli');
      expect(importRun).toMatchObject({ code: EXIT.OK });
      expect(importRun.out).toContain(id);
      expect(importRun.err).toContain('bundle:import: nominations: 6/6 (100%)');
      expect(await exportOf(id)).toEqual(withKey(exported, 'copia-cli'));

      const broken = copy(exported);
      broken.nominations[0].nomineeInstitutionKey = 'nadie|09';
      writeFileSync(file, JSON.stringify(broken));
      const refused = await cli('bundle:import', file);
      expect(refused.code).toBe(EXIT.FAILED);
      expect(refused.err).toContain(
        'nominations[0].nomineeInstitutionKey: is not an institution of the bundle',
      );
      expect((await cli('bundle:export', 'nope', file)).code).toBe(EXIT.USAGE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
