import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackEntity } from '../../src/database/schema/track.entity';
import { InstitutionEntity } from '../../src/database/schema/institution.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role, UserStatus } from '../../src/database/schema/user.entity';
import {
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

  // The rules behind these routes (search, merge, account states) are checked on the services in test/medium/;
  // here, what only HTTP does: query and body validation.
  describe('institutions', () => {
    it('refuses unknown filter values, naming each field (400)', async () => {
      const bad = await t.http.get('/api/institutions?level=GALACTIC&stateCode=99').set(auth(organiser));
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['level', 'stateCode']);
    });
  });

  describe('accounts', () => {
    it('refuses a rejection without a reason and an unknown status filter (400)', async () => {
      const pending = await newUser(t, Role.NOMINATOR, {
        status: UserStatus.PENDING,
        institutionId: jalisco.id,
      });
      await t.http.post(`/api/users/${pending.id}/reject`).set(auth(organiser)).send({}).expect(400);
      await t.http.get('/api/users?status=NOPE').set(auth(organiser)).expect(400);
    });
  });

  describe('nominations for organisers', () => {
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
