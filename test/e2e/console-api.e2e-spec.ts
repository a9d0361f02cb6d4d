import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { AuditEntryEntity } from '../../src/database/schema/audit-entry.entity';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { InstitutionEntity } from '../../src/database/schema/institution.entity';
import { JudgeAffiliationEntity } from '../../src/database/schema/judge-affiliation.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role, UserEntity, UserStatus } from '../../src/database/schema/user.entity';
import {
  DAY,
  FACTORY_PASSWORD,
  FactoryUser,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { binaryBody } from '../support/binary-body';
import { startTestApp, TestApp } from '../support/test-app';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function parseCsv(bytes: Buffer): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(bytes.toString('utf8').replace(/^\uFEFF/, ''))
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

/** Every sheet of a workbook as rows of cell values, and each cell's type. */
async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return new Map(
    workbook.worksheets.map((sheet) => {
      const rows: { values: unknown[]; types: ExcelJS.ValueType[] }[] = [];
      sheet.eachRow((row) => {
        const values: unknown[] = [];
        const types: ExcelJS.ValueType[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          values[col - 1] = cell.value;
          types[col - 1] = cell.type;
        });
        rows.push({ values, types });
      });
      return [sheet.name, rows] as const;
    }),
  );
}

describe('organiser console API: institutions, accounts, nomination search, exports', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let edition: EditionEntity;
  let track: TrackEntity;
  let jalisco: InstitutionEntity;
  let cdmx: InstitutionEntity;
  let nominations: NominationEntity[];
  let judge: FactoryUser;
  let conflicted: FactoryUser;

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    track = await newTrack(t, edition, {
      judgesPerNomination: 1,
      minReviews: 1,
      categories: [
        { key: 'municipal', name: 'Municipal' },
        { key: 'estatal', name: 'Estatal' },
      ],
    });
    jalisco = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    cdmx = await newInstitution(t, { name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    nominations = [
      await newNomination(t, track, jalisco, {
        key: 'L-003',
        title: 'Participación ciudadana en Jalisco',
        categoryKey: 'estatal',
      }),
      await newNomination(t, track, cdmx, {
        key: 'L-001',
        title: 'Datos abiertos de la capital',
        categoryKey: 'municipal',
      }),
      await newNomination(t, track, cdmx, {
        key: 'L-002',
        categoryKey: 'estatal',
        title: '=HYPERLINK("http://x","Presupuesto")',
        status: 'SUBMITTED',
        submittedAt: null,
      }),
    ];
    judge = await newJudge(t, [], { name: 'Ana Jurado' });
    conflicted = await newJudge(t, [{ institutionId: cdmx.id }], { name: 'Beto Jurado' });
    await t.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiser))
      .send({ members: [{ judgeId: judge.id }, { judgeId: conflicted.id }] })
      .expect(200);
  });

  afterAll(() => t.close());

  describe('institutions', () => {
    it('lists with text search (accents and case folded) and filters by kind, level and state', async () => {
      const found = await t.http.get('/api/institutions?q=MEXICO').set(auth(organiser)).expect(200);
      expect(found.body.map((i: { id: string }) => i.id)).toEqual([cdmx.id]);
      const byState = await t.http
        .get('/api/institutions?stateCode=14&level=STATE&kind=STATE_GOVERNMENT')
        .set(auth(organiser))
        .expect(200);
      expect(byState.body.map((i: { id: string }) => i.id)).toContain(jalisco.id);
      expect(byState.body.every((i: { stateCode: string }) => i.stateCode === '14')).toBe(true);
      const bad = await t.http.get('/api/institutions?level=GALACTIC&stateCode=99').set(auth(organiser));
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['level', 'stateCode']);
    });

    it('merges a duplicate: nominations, users, affiliations and conflicts move; audited; the duplicate goes', async () => {
      const duplicate = await newInstitution(t, { name: 'Gob. de Jalisco (duplicado)', stateCode: '14' });
      const n = await newNomination(t, track, duplicate, {
        key: 'L-DUP',
        status: 'DRAFT',
        categoryKey: 'estatal',
      });
      const nominator = await newUser(t, Role.NOMINATOR, { institutionId: duplicate.id });
      const affiliated = await newJudge(t, [{ institutionId: duplicate.id }]);

      const refused = await t.http
        .post(`/api/institutions/${duplicate.id}/merge`)
        .set(auth(organiser))
        .send({ intoId: duplicate.id })
        .expect(400);
      expect(refused.body.errors[0].field).toBe('intoId');

      const res = await t.http
        .post(`/api/institutions/${duplicate.id}/merge`)
        .set(auth(organiser))
        .send({ intoId: jalisco.id })
        .expect(200);
      expect(res.body).toMatchObject({
        mergedId: duplicate.id,
        into: { id: jalisco.id },
        moved: { nominating: 1, nominee: 1, users: 1, affiliations: 1, conflicts: 0 },
      });
      const after = await t.db.read(async (m) => ({
        nomination: await m.findOneByOrFail(NominationEntity, { id: n.id }),
        user: await m.findOneByOrFail(UserEntity, { id: nominator.id }),
        affiliation: await m.findOneByOrFail(JudgeAffiliationEntity, { userId: affiliated.id }),
        gone: await m.findOneBy(InstitutionEntity, { id: duplicate.id }),
        audit: await m.findOneBy(AuditEntryEntity, { action: 'institution.merge', entityId: duplicate.id }),
      }));
      expect(after.nomination).toMatchObject({
        nominatingInstitutionId: jalisco.id,
        nomineeInstitutionId: jalisco.id,
      });
      expect(after.user.institutionId).toBe(jalisco.id);
      expect(after.affiliation.institutionId).toBe(jalisco.id);
      expect(after.gone).toBeNull();
      expect(after.audit?.after).toMatchObject({ intoId: jalisco.id });
      await t.http
        .post(`/api/institutions/${duplicate.id}/merge`)
        .set(auth(organiser))
        .send({ intoId: jalisco.id })
        .expect(404);
    });

    it('refuses a merge that would put an assigned judge in conflict (422 naming judge and nomination)', async () => {
      const other = await newInstitution(t, { name: 'Colectivo Ciudadano', stateCode: '15' });
      const n = await newNomination(t, track, other, { key: 'L-COL', categoryKey: 'estatal' });
      await t.http
        .post(`/api/tracks/${track.id}/assignments`)
        .set(auth(organiser))
        .send({ nominationId: n.id, judgeId: conflicted.id })
        .expect(201);
      const res = await t.http
        .post(`/api/institutions/${other.id}/merge`)
        .set(auth(organiser))
        .set('accept-language', 'en')
        .send({ intoId: cdmx.id })
        .expect(422);
      expect(res.body.code).toBe('MERGE_CREATES_CONFLICTS');
      expect(res.body.errors[0].message).toContain('Beto Jurado');
      expect(res.body.errors[0].message).toContain('L-COL');
      expect(await t.db.read((m) => m.existsBy(InstitutionEntity, { id: other.id }))).toBe(true);
    });

    it('refuses a merge that would change a finalised edition’s nominations (409 naming it)', async () => {
      const sealed = await newEdition(t, { name: 'Edición sellada', finalizedAt: t.clock.now() });
      const sealedTrack = await newTrack(t, sealed);
      const old = await newInstitution(t, { name: 'Institución de 2018', stateCode: '14' });
      await newNomination(t, sealedTrack, old);
      const res = await t.http
        .post(`/api/institutions/${old.id}/merge`)
        .set(auth(organiser))
        .send({ intoId: jalisco.id })
        .expect(409);
      expect(res.body).toMatchObject({ code: 'MERGE_SEALED' });
      expect(res.body.message).toContain('Edición sellada');
    });
  });

  describe('accounts', () => {
    it('rejects a pending nominator with a reason (stored, audited); it can no longer sign in', async () => {
      const pending = await newUser(t, Role.NOMINATOR, {
        status: UserStatus.PENDING,
        institutionId: jalisco.id,
        name: 'Solicitante Dudoso',
      });
      const token = await pending.login();
      await t.http.post(`/api/users/${pending.id}/reject`).set(auth(organiser)).send({}).expect(400);
      const res = await t.http
        .post(`/api/users/${pending.id}/reject`)
        .set(auth(organiser))
        .send({ reason: 'No acreditó su vínculo con la institución' })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'No acreditó su vínculo con la institución',
      });
      await t.http.get('/api/auth/me').set(auth(token)).expect(401);
      await t.http
        .post('/api/auth/login')
        .send({ email: pending.email, password: FACTORY_PASSWORD })
        .expect(401);
      const entry = await t.db.read((m) =>
        m.findOneByOrFail(AuditEntryEntity, { action: 'user.reject', entityId: pending.id }),
      );
      expect(entry.after).toMatchObject({ status: 'REJECTED', rejectionReason: expect.any(String) });
      const again = await t.http
        .post(`/api/users/${pending.id}/reject`)
        .set(auth(organiser))
        .send({ reason: 'Otra vez' })
        .expect(409);
      expect(again.body.code).toBe('NOT_PENDING');
    });

    it('disables (tokens refused at once) and re-enables an account; an organiser cannot disable itself', async () => {
      const someone = await newUser(t, Role.JUDGE);
      const token = await someone.login();
      await t.http.get('/api/auth/me').set(auth(token)).expect(200);
      await t.http.post(`/api/users/${someone.id}/disable`).set(auth(organiser)).expect(200);
      await t.http.get('/api/auth/me').set(auth(token)).expect(401);
      const enabled = await t.http.post(`/api/users/${someone.id}/enable`).set(auth(organiser)).expect(200);
      expect(enabled.body.status).toBe('ACTIVE');
      await t.http.get('/api/auth/me').set(auth(token)).expect(401); // revoked tokens stay revoked
      await t.http
        .get('/api/auth/me')
        .set(auth(await someone.login()))
        .expect(200);
      const notDisabled = await t.http
        .post(`/api/users/${someone.id}/enable`)
        .set(auth(organiser))
        .expect(409);
      expect(notDisabled.body.code).toBe('NOT_DISABLED');
      const me = (await t.http.get('/api/auth/me').set(auth(organiser)).expect(200)).body;
      const self = await t.http.post(`/api/users/${me.id}/disable`).set(auth(organiser)).expect(422);
      expect(self.body.code).toBe('NOT_YOURSELF');
      await t.http.post(`/api/users/${someone.id}/enable`).set(auth(observer)).expect(403);
    });

    it('searches accounts by text, role and status; observers search what they see (pseudonyms, no e-mail)', async () => {
      const res = await t.http.get('/api/users?q=jurado&role=JUDGE').set(auth(organiser)).expect(200);
      expect(res.body.map((u: { name: string }) => u.name).sort()).toEqual(['Ana Jurado', 'Beto Jurado']);
      const byMail = await t.http.get(`/api/users?q=${judge.email}`).set(auth(organiser)).expect(200);
      expect(byMail.body.map((u: { id: string }) => u.id)).toEqual([judge.id]);
      const asObserver = await t.http.get('/api/users?q=jurado&role=JUDGE').set(auth(observer)).expect(200);
      expect(asObserver.body).toEqual([]);
      const status = await t.http.get('/api/users?status=REJECTED').set(auth(organiser)).expect(200);
      expect(status.body.every((u: { status: string }) => u.status === 'REJECTED')).toBe(true);
      await t.http.get('/api/users?status=NOPE').set(auth(organiser)).expect(400);
    });
  });

  describe('nominations for organisers', () => {
    const keys = (body: { items: { key: string }[] }) => body.items.map((n) => n.key);

    it('searches title, summary, key and institutions’ names, with accents and case folded', async () => {
      const base = `/api/nominations?editionId=${edition.id}`;
      expect(keys((await t.http.get(`${base}&q=participacion`).set(auth(organiser))).body)).toEqual([
        'L-003',
      ]);
      expect(
        keys((await t.http.get(`${base}&q=CIUDAD%20DE%20MEXICO&sort=key`).set(auth(organiser))).body),
      ).toEqual(['L-001', 'L-002']);
      expect(keys((await t.http.get(`${base}&q=l-001`).set(auth(organiser))).body)).toEqual(['L-001']);
    });

    it('filters by track, category, state, status and institution; sorts and pages', async () => {
      const base = `/api/nominations?editionId=${edition.id}&trackId=${track.id}`;
      const get = async (query: string) =>
        (await t.http.get(`${base}&${query}`).set(auth(organiser)).expect(200)).body;
      expect(keys(await get('categoryKey=municipal'))).toEqual(['L-001']);
      expect(keys(await get(`institutionId=${cdmx.id}&sort=key`))).toEqual(['L-001', 'L-002']);
      expect(keys(await get('status=SUBMITTED'))).toEqual(['L-002']);
      expect(keys(await get('stateCode=14&sort=key')).slice(0, 1)).toEqual(['L-003']);
      const page = await get('sort=key&order=desc&pageSize=2&page=2');
      expect(page.total).toBeGreaterThan(3);
      const all = keys(await get('sort=key&order=desc&pageSize=200'));
      expect(keys(page)).toEqual(all.slice(2, 4));
      const submitted = keys(await get('sort=submittedAt&pageSize=200'));
      expect(submitted[submitted.length - 1]).toBe('L-002'); // not submitted yet: last
      const searched = await get('q=gobierno&sort=key&order=desc&pageSize=1&page=2');
      expect(searched.items).toHaveLength(1);
    });

    it('refuses an unknown sort field or out-of-range numbers, naming each field', async () => {
      const res = await t.http
        .get('/api/nominations?sort=password&order=up&page=0&pageSize=1000&q=' + 'x'.repeat(201))
        .set(auth(organiser))
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'order',
        'page',
        'pageSize',
        'q',
        'sort',
      ]);
    });

    it('refuses an extension that ends in the past (400 naming until) and grants a future one', async () => {
      const draft = await newNomination(t, track, jalisco, {
        status: 'DRAFT',
        submittedAt: null,
        categoryKey: 'estatal',
      });
      const past = await t.http
        .post(`/api/nominations/${draft.id}/extension`)
        .set(auth(organiser))
        .send({ until: new Date(t.clock.now().getTime() - 1000).toISOString() })
        .expect(400);
      expect(past.body.errors[0].field).toBe('until');
      const until = new Date(t.clock.now().getTime() + 2 * DAY).toISOString();
      const ok = await t.http
        .post(`/api/nominations/${draft.id}/extension`)
        .set(auth(organiser))
        .send({ until })
        .expect(200);
      expect(new Date(ok.body.extendedUntil).toISOString()).toBe(until);
    });

    it('names the conflict when a manual assignment is refused (422)', async () => {
      const res = await t.http
        .post(`/api/tracks/${track.id}/assignments`)
        .set(auth(organiser))
        .set('accept-language', 'en')
        .send({ nominationId: nominations[1].id, judgeId: conflicted.id })
        .expect(422);
      expect(res.body.code).toBe('CONFLICT_OF_INTEREST');
      expect(res.body.message).toContain('affiliated with the nominee institution');
    });
  });

  describe('exports for the minutes', () => {
    beforeAll(async () => {
      const assigned = await t.http
        .post(`/api/tracks/${track.id}/assignments`)
        .set(auth(organiser))
        .send({ nominationId: nominations[1].id, judgeId: judge.id })
        .expect(201);
      const judgeToken = await judge.login();
      await t.http
        .post(`/api/assignments/${assigned.body.id}/score-sheet/submit`)
        .set(auth(judgeToken))
        .send({ scores: { impacto: 8, apertura: 6 } })
        .expect(200);
    });

    const download = (path: string, token: string) =>
      t.http
        .get(`/api/editions/${edition.id}/exports/${path}`)
        .set(auth(token))
        .buffer(true)
        .parse(binaryBody);

    it('nominations.xlsx: one sheet, header row, state codes as text (leading zero kept), a known row', async () => {
      const res = await download('nominations.xlsx', organiser).expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain('attachment');
      const sheets = await readXlsx(res.body as Buffer);
      expect([...sheets.keys()]).toEqual(['Postulaciones']);
      const [header, ...rows] = sheets.get('Postulaciones')!;
      expect(header.values.slice(0, 6)).toEqual([
        'clave_postulacion',
        'categoria_reconocimiento',
        'nombre_categoria_reconocimiento',
        'subcategoria',
        'entidad_clave',
        'entidad',
      ]);
      expect(header.values).toContain('contacto_correo');
      const row = rows.find((r) => r.values[0] === 'L-001')!;
      expect(row.values.slice(0, 7)).toEqual([
        'L-001',
        'LOCAL_OPEN_GOV',
        track.name,
        'Municipal',
        '09',
        'Ciudad de México',
        'Datos abiertos de la capital',
      ]);
      expect(row.types[4]).toBe(ExcelJS.ValueType.String);
    });

    it('nominations.csv for observers: no contact data; formula-looking text neutralised', async () => {
      const res = await download('nominations.csv', observer).expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const [header, ...rows] = await parseCsv(res.body as Buffer);
      expect(header).not.toContain('contacto_correo');
      expect(rows.find((r) => r[0] === 'L-001')?.slice(4, 6)).toEqual(['09', 'Ciudad de México']);
      expect(rows.find((r) => r[0] === 'L-002')?.[6]).toBe(`'=HYPERLINK("http://x","Presupuesto")`);
    });

    it('assignments: the assignments and the progress per judge; observers see J1…', async () => {
      const sheets = await readXlsx(
        (await download('assignments.xlsx', organiser).expect(200)).body as Buffer,
      );
      expect([...sheets.keys()]).toEqual(['Asignaciones', 'Avance']);
      const row = sheets
        .get('Asignaciones')!
        .find((r) => r.values[1] === 'L-001' && r.values[3] === 'Ana Jurado');
      expect(row?.values.slice(4, 8)).toEqual(['MANUAL', 'ACTIVE', null, 'SUBMITTED']);
      const progress = sheets.get('Avance')!;
      expect(progress[0].values).toEqual([
        'categoria_reconocimiento',
        'jurado',
        'asignadas',
        'enviadas',
        'en_borrador',
        'sin_iniciar',
        'excusadas',
      ]);
      expect(progress.find((r) => r.values[1] === 'Ana Jurado')?.values.slice(2)).toEqual([1, 1, 0, 0, 0]);

      const [header, ...rows] = await parseCsv(
        (await download('assignments.csv', observer).expect(200)).body as Buffer,
      );
      expect(header[3]).toBe('jurado');
      expect(rows.map((r) => r[3]).every((j) => /^J\d+$/.test(j))).toBe(true);
      expect(JSON.stringify(rows)).not.toContain('Jurado');
    });

    it('score-sheets: one row per criterion with weight and score', async () => {
      const [header, ...rows] = await parseCsv(
        (await download('score-sheets.csv', organiser).expect(200)).body as Buffer,
      );
      expect(header).toEqual([
        'categoria_reconocimiento',
        'clave_postulacion',
        'titulo',
        'jurado',
        'estado_evaluacion',
        'criterio_clave',
        'criterio',
        'peso',
        'minimo',
        'maximo',
        'puntuacion',
        'enviada',
      ]);
      const mine = rows.filter((r) => r[1] === 'L-001' && r[3] === 'Ana Jurado');
      expect(mine.map((r) => [r[5], r[7], r[10]])).toEqual([
        ['impacto', '2', '8'],
        ['apertura', '1', '6'],
      ]);
      const sheets = await readXlsx(
        (await download('score-sheets.xlsx', observer).expect(200)).body as Buffer,
      );
      expect(
        sheets
          .get('Evaluaciones')!
          .slice(1)
          .every((r) => /^J\d+$/.test(String(r.values[3]))),
      ).toBe(true);
    });

    it('results: computed and final awards, overrides with their justification', async () => {
      await t.http
        .post(`/api/tracks/${track.id}/overrides`)
        .set(auth(organiser))
        .send({
          nominationId: nominations[1].id,
          kind: 'EXCLUDE',
          justification: 'Plagio comprobado por el jurado',
        })
        .expect(201);
      const sheets = await readXlsx((await download('results.xlsx', organiser).expect(200)).body as Buffer);
      expect([...sheets.keys()]).toEqual(['Resultados', 'Ajustes']);
      const overrides = sheets.get('Ajustes')!;
      expect(overrides[1].values.slice(2, 8)).toEqual([
        'L-001',
        'Datos abiertos de la capital',
        'EXCLUDE',
        null,
        'Plagio comprobado por el jurado',
        'SI',
      ]);
      const [header, ...rows] = await parseCsv(
        (await download('results.csv', observer).expect(200)).body as Buffer,
      );
      expect(header).toContain('premio_final');
      const excluded = rows.find((r) => r[3] === 'L-001');
      expect(excluded?.[header.indexOf('ajuste_justificacion')]).toBe('Plagio comprobado por el jurado');
    });

    it('answers 404 for another file or an unknown edition, 403 to judges and nominators', async () => {
      await download('nominations.pdf', organiser).expect(404);
      await download('secrets.csv', organiser).expect(404);
      await t.http
        .get('/api/editions/0b6a3d0e-5b8e-4c1e-9a4e-2f7d1c3b9a10/exports/results.csv')
        .set(auth(organiser))
        .expect(404);
      await download('results.csv', await judge.login()).expect(403);
    });
  });
});
