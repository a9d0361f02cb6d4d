import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { AttachmentEntity } from '../../src/database/schema/attachment.entity';
import { TrackFieldEntity } from '../../src/database/schema/track-field.entity';
import { Role } from '../../src/database/schema/user.entity';
import { newJudge, newUser } from '../support/factories';
import {
  IntakeEdition,
  newInstitution,
  nominationBody,
  openEdition,
  PDF_BYTES,
} from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import ExcelJS from 'exceljs';

const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** A 1×1 PNG. */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const FIELDS = [
  {
    key: 'budget',
    type: 'NUMBER',
    labelEs: 'Presupuesto',
    labelEn: 'Budget',
    required: true,
    min: 0,
    max: 1000000,
  },
  { key: 'started', type: 'DATE', labelEs: 'Inicio', labelEn: 'Start' },
  {
    key: 'level',
    type: 'CHOICE',
    labelEs: 'Nivel',
    labelEn: 'Level',
    required: true,
    options: [
      { value: 'municipal', labelEs: 'Municipal', labelEn: 'Municipal' },
      { value: 'estatal', labelEs: 'Estatal', labelEn: 'State' },
    ],
  },
  {
    key: 'themes',
    type: 'MULTI_CHOICE',
    labelEs: 'Temas',
    labelEn: 'Themes',
    options: [
      { value: 'agua', labelEs: 'Agua', labelEn: 'Water' },
      { value: 'salud', labelEs: 'Salud', labelEn: 'Health' },
    ],
  },
  { key: 'site', type: 'URL', labelEs: 'Sitio', labelEn: 'Site' },
  { key: 'pilot', type: 'YES_NO', labelEs: '¿Piloto?', labelEn: 'Pilot?' },
  { key: 'motto', type: 'SHORT_TEXT', labelEs: 'Lema', labelEn: 'Motto', maxLength: 20 },
  {
    key: 'office',
    type: 'LONG_TEXT',
    labelEs: 'Oficina responsable',
    labelEn: 'Responsible office',
    maxLength: 500,
    identifying: true,
  },
  { key: 'plan', type: 'FILE', labelEs: 'Plan', labelEn: 'Plan', required: true, fileTypes: ['pdf'] },
];

describe('custom nomination fields per track (issue 17, item 4)', () => {
  let t: TestApp;
  let organiser: string;
  let edition: IntakeEdition;
  let institution: string;
  let nominator: string;
  let observer: string;
  let draftId: string;

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const fieldsPath = () => `/api/tracks/${edition.localTrackId}/fields`;

  beforeAll(async () => {
    t = await startTestApp();
    organiser = await t.login();
    edition = await openEdition(t, organiser);
    institution = await newInstitution(t, organiser, { name: 'Municipio con campos', stateCode: '09' });
    nominator = await (await newUser(t, Role.NOMINATOR, { institutionId: institution })).login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
  });

  afterAll(() => t.close());

  it('lets only organisers define fields; everyone signed in may read them', async () => {
    await t.http.put(fieldsPath()).set(as(nominator)).send({ fields: FIELDS }).expect(403);
    await t.http.put(fieldsPath()).set(as(observer)).send({ fields: FIELDS }).expect(403);
    await t.http.put(fieldsPath()).send({ fields: FIELDS }).expect(401);
    const saved = await t.http.put(fieldsPath()).set(as(organiser)).send({ fields: FIELDS }).expect(200);
    expect(saved.body.frozen).toBe(false);
    expect(saved.body.fields.map((f: { key: string; position: number }) => [f.key, f.position])).toEqual(
      FIELDS.map((f, i) => [f.key, i]),
    );
    const read = await t.http.get(fieldsPath()).set(as(nominator)).expect(200);
    expect(read.body.fields).toHaveLength(FIELDS.length);
    expect(read.body.fields[0]).toMatchObject({ key: 'budget', required: true, categories: [], min: 0 });
  });

  it('refuses bad definitions field by field, in Spanish and English', async () => {
    const bad = [
      { key: 'Mal Clave', type: 'SHORT_TEXT', labelEs: 'A', labelEn: 'A' },
      { key: 'dup', type: 'NUMBER', labelEs: 'B', labelEn: 'B', min: 5, max: 1 },
      { key: 'dup', type: 'CHOICE', labelEs: 'C', labelEn: 'C', options: [] },
      { key: 'f', type: 'FILE', labelEs: 'D', labelEn: 'D', categories: ['nope'] },
    ];
    const es = await t.http
      .put(fieldsPath())
      .set(as(organiser))
      .send({ fields: bad.slice(1) })
      .expect(400);
    expect(es.body.code).toBe('VALIDATION_FAILED');
    const fields = es.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'fields.0.max',
        'fields.1.key',
        'fields.1.options',
        'fields.2.categories',
        'fields.2.fileTypes',
      ]),
    );
    // The key pattern is the DTO's own check.
    const keyProblem = await t.http
      .put(fieldsPath())
      .set(as(organiser))
      .send({ fields: [bad[0]] })
      .expect(400);
    expect(keyProblem.body.errors[0].field).toBe('fields.0.key');
    const en = await t.http
      .put(fieldsPath())
      .set(as(organiser))
      .set('accept-language', 'en')
      .send({ fields: bad.slice(1) })
      .expect(400);
    expect(en.body.errors.find((e: { field: string }) => e.field === 'fields.0.max').message).toBe(
      'fields.0.max: must be at least min',
    );
    expect(es.body.errors.find((e: { field: string }) => e.field === 'fields.0.max').message).toBe(
      'fields.0.max: debe ser mayor o igual que min',
    );
    const stored = await t.db.read((m) => m.countBy(TrackFieldEntity, { trackId: edition.localTrackId }));
    expect(stored).toBe(FIELDS.length);
  });

  it('checks values on save: one problem per field, in the asker’s language, nothing stored', async () => {
    const before = await t.db.read((m) => m.count(NominationEntity));
    const refused = await t.http
      .post('/api/nominations')
      .set(as(nominator))
      .set('accept-language', 'en')
      .send(
        nominationBody(edition.localTrackId, institution, {
          fields: {
            budget: 2000000,
            started: '2018-02-30',
            level: 'federal',
            themes: ['agua', 'mar'],
            site: 'ftp://example.org',
            pilot: 'maybe',
            motto: 'x'.repeat(21),
            unknown: 'x',
            plan: 'file.pdf',
          },
        }),
      )
      .expect(400);
    const byField = Object.fromEntries(
      refused.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(byField).toEqual({
      'fields.budget': 'fields.budget: must lie within 0–1000000',
      'fields.started': 'fields.started: must be a date YYYY-MM-DD',
      'fields.level': 'fields.level: is not one of the options',
      'fields.themes': 'fields.themes: includes something that is not one of the options',
      'fields.site': 'fields.site: must be a full http(s) address',
      'fields.pilot': 'fields.pilot: must be yes or no (true/false)',
      'fields.motto': 'fields.motto: allows at most 20 characters',
      'fields.unknown': 'fields.unknown: is not a field of this track or category',
      'fields.plan': 'fields.plan: is answered by uploading a file',
    });
    const spanish = await t.http
      .post('/api/nominations')
      .set(as(nominator))
      .send(nominationBody(edition.localTrackId, institution, { fields: { budget: -1 } }))
      .expect(400);
    expect(spanish.body.errors).toEqual([
      { field: 'fields.budget', code: 'RANGE', message: 'fields.budget: debe estar entre 0–1000000' },
    ]);
    expect(await t.db.read((m) => m.count(NominationEntity))).toBe(before);

    const draft = await t.http
      .post('/api/nominations')
      .set(as(nominator))
      .send(
        nominationBody(edition.localTrackId, institution, {
          fields: { budget: 1500, level: 'municipal', themes: ['salud', 'agua'], pilot: false },
        }),
      )
      .expect(201);
    draftId = draft.body.id;
    expect(draft.body.customFields).toEqual({
      budget: 1500,
      level: 'municipal',
      themes: ['agua', 'salud'],
      pilot: false,
    });
    // A refused update leaves the stored values as they were.
    await t.http
      .patch(`/api/nominations/${draftId}`)
      .set(as(nominator))
      .send({ title: 'Título cambiado de la práctica', fields: { budget: 'mucho', office: 'Dirección X' } })
      .expect(400);
    const kept = await t.http.get(`/api/nominations/${draftId}`).set(as(nominator)).expect(200);
    expect(kept.body.title).toBe('Plan de acción local de Ciudad de México');
    expect(kept.body.customFields.budget).toBe(1500);
    expect(kept.body.customFields.office).toBeUndefined();
    const patched = await t.http
      .patch(`/api/nominations/${draftId}`)
      .set(as(nominator))
      .send({
        fields: {
          office: 'Dirección de Gobierno Abierto de CDMX',
          pilot: null,
          site: 'https://example.org/p',
        },
      })
      .expect(200);
    expect(patched.body.customFields).toEqual({
      budget: 1500,
      level: 'municipal',
      themes: ['agua', 'salud'],
      office: 'Dirección de Gobierno Abierto de CDMX',
      site: 'https://example.org/p',
    });
  });

  it('requires the required fields on submit (files included), per field, and stores nothing then', async () => {
    const refused = await t.http.post(`/api/nominations/${draftId}/submit`).set(as(nominator)).expect(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'fields.plan',
        code: 'REQUIRED',
        message: 'fields.plan: es obligatorio para enviar la postulación',
      },
    ]);
    const still = await t.db.read((m) => m.findOneByOrFail(NominationEntity, { id: draftId }));
    expect(still.status).toBe('DRAFT');
    expect(still.submittedAt).toBeNull();
  });

  it('takes a file field’s file by content, only of its allowed types, one per field', async () => {
    const wrong = await t.http
      .post(`/api/nominations/${draftId}/attachments?field=plan`)
      .set(as(nominator))
      .set('accept-language', 'en')
      .attach('file', PNG_BYTES, { filename: 'plan.pdf' })
      .expect(422);
    expect(wrong.body.code).toBe('FIELD_FILE_TYPE');
    expect(wrong.body.message).toBe('The field “plan” accepts PDF files; by its content this one is PNG.');
    const notFile = await t.http
      .post(`/api/nominations/${draftId}/attachments?field=budget`)
      .set(as(nominator))
      .attach('file', PDF_BYTES, { filename: 'x.pdf' })
      .expect(400);
    expect(notFile.body.code).toBe('NOT_A_FILE_FIELD');
    const first = await t.http
      .post(`/api/nominations/${draftId}/attachments?field=plan`)
      .set(as(nominator))
      .attach('file', PDF_BYTES, { filename: 'plan-v1.pdf' })
      .expect(201);
    expect(first.body.fieldKey).toBe('plan');
    const second = await t.http
      .post(`/api/nominations/${draftId}/attachments?field=plan`)
      .set(as(nominator))
      .attach('file', PDF_BYTES, { filename: 'plan-v2.pdf' })
      .expect(201);
    const files = await t.db.read((m) => m.findBy(AttachmentEntity, { nominationId: draftId }));
    expect(files.map((f) => [f.name, f.fieldKey])).toEqual([['plan-v2.pdf', 'plan']]);
    expect(second.body.id).toBe(files[0].id);
  });

  it('freezes the definitions at the track’s first submission: 409 FIELDS_FROZEN, in both languages', async () => {
    await t.http.post(`/api/nominations/${draftId}/submit`).set(as(nominator)).expect(200);
    const frozen = await t.http.put(fieldsPath()).set(as(organiser)).send({ fields: [] }).expect(409);
    expect(frozen.body.code).toBe('FIELDS_FROZEN');
    expect(frozen.body.message).toMatch(/ya no pueden cambiar/);
    const en = await t.http
      .put(fieldsPath())
      .set(as(organiser))
      .set('accept-language', 'en')
      .send({ fields: [] })
      .expect(409);
    expect(en.body.message).toBe(
      'This track’s fields can no longer change: at least one nomination was submitted with them.',
    );
    expect((await t.http.get(fieldsPath()).set(as(organiser)).expect(200)).body.frozen).toBe(true);
    expect(await t.db.read((m) => m.countBy(TrackFieldEntity, { trackId: edition.localTrackId }))).toBe(
      FIELDS.length,
    );
    // The other track is not frozen.
    await t.http
      .put(`/api/tracks/${edition.federalTrackId}/fields`)
      .set(as(organiser))
      .send({ fields: [{ key: 'x', type: 'YES_NO', labelEs: 'X', labelEn: 'X' }] })
      .expect(200);
  });

  it('shows the values to the judge, without the identifying ones (and their files) when the track is blind', async () => {
    const judge = await newJudge(t, [{ stateCode: '14' }]);
    await t.http
      .put(`/api/tracks/${edition.localTrackId}/panel`)
      .set(as(organiser))
      .send({ members: [{ judgeId: judge.id }] })
      .expect(200);
    const assignment = await t.http
      .post(`/api/tracks/${edition.localTrackId}/assignments`)
      .set(as(organiser))
      .send({ nominationId: draftId, judgeId: judge.id })
      .expect(201);
    const judgeToken = await judge.login();
    const seen = await t.http.get(`/api/assignments/${assignment.body.id}`).set(as(judgeToken)).expect(200);
    const values = Object.fromEntries(
      seen.body.nomination.customFields.map((f: { key: string; value: unknown }) => [f.key, f.value]),
    );
    expect(values).toEqual({
      budget: 1500,
      started: null,
      level: 'municipal',
      themes: ['agua', 'salud'],
      site: 'https://example.org/p',
      pilot: null,
      motto: null,
      plan: expect.any(String),
    });
    // The organiser sees the identifying one too.
    const organiserView = await t.http
      .get(`/api/assignments/${assignment.body.id}`)
      .set(as(organiser))
      .expect(200);
    expect(
      organiserView.body.nomination.customFields.find((f: { key: string }) => f.key === 'office').value,
    ).toBe('Dirección de Gobierno Abierto de CDMX');
  });

  it('exports one column per field in the nominations XLSX and CSV', async () => {
    const xlsx = await t.http
      .get(`/api/editions/${edition.editionId}/exports/nominations.xlsx`)
      .set(as(organiser))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(header).toEqual(expect.arrayContaining(FIELDS.map((f) => `campo_${f.key}`).concat('campo_x')));
    expect(cell('campo_budget')).toBe(1500);
    expect(cell('campo_level')).toBe('Municipal');
    expect(cell('campo_themes')).toBe('Agua; Salud');
    expect(cell('campo_office')).toBe('Dirección de Gobierno Abierto de CDMX');
    expect(cell('campo_plan')).toMatch(/^plan-v2\.pdf \(sha256 [0-9a-f]{64}\)$/);
    const csv = await t.http
      .get(`/api/editions/${edition.editionId}/exports/nominations.csv`)
      .set(as(organiser))
      .expect(200);
    expect(csv.text.split('\n')[0]).toContain('campo_budget');
  });

  it('carries definitions and values in the edition bundle; a copy imports them; a bundle without them still imports', async () => {
    const exported = await t.http
      .get(`/api/editions/${edition.editionId}/bundle`)
      .set(as(organiser))
      .expect(200);
    const bundle = exported.body;
    const local = bundle.tracks.find((x: { code: string }) => x.code === 'LOCAL_OPEN_GOV');
    expect(local.fields.map((f: { key: string }) => f.key)).toEqual(FIELDS.map((f) => f.key));
    const nomination = bundle.nominations.find((n: { customFields?: object }) => n.customFields);
    expect(nomination.customFields).toEqual({
      budget: 1500,
      level: 'municipal',
      office: 'Dirección de Gobierno Abierto de CDMX',
      site: 'https://example.org/p',
      themes: ['agua', 'salud'],
    });
    expect(nomination.attachments[0].fieldKey).toBe('plan');

    const copy = await t.http
      .post('/api/editions/import?asKey=copia-con-campos')
      .set(as(organiser))
      .send(bundle)
      .expect(201);
    const again = await t.http.get(`/api/editions/${copy.body.id}/bundle`).set(as(organiser)).expect(200);
    expect(again.body.tracks).toEqual(bundle.tracks);
    expect(again.body.nominations).toEqual(bundle.nominations);

    // A value the definitions refuse is named where it is.
    const broken = structuredClone(bundle);
    broken.nominations.find((n: { customFields?: object }) => n.customFields).customFields.budget = -5;
    const refused = await t.http
      .post('/api/editions/import?asKey=copia-rota')
      .set(as(organiser))
      .set('accept-language', 'en')
      .send(broken)
      .expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/customFields.*budget/);

    // Older bundles: no fields, no values, no field keys.
    const older = structuredClone(bundle);
    for (const track of older.tracks) delete track.fields;
    for (const n of older.nominations) {
      delete n.customFields;
      for (const a of n.attachments) delete a.fieldKey;
    }
    await t.http.post('/api/editions/import?asKey=copia-antigua').set(as(organiser)).send(older).expect(201);
  });

  it('keeps nominators and judges out of other tracks’ and nominations’ business', async () => {
    await t.http
      .get('/api/tracks/00000000-0000-4000-8000-000000000000/fields')
      .set(as(organiser))
      .expect(404);
    await t.http
      .put('/api/tracks/00000000-0000-4000-8000-000000000000/fields')
      .set(as(organiser))
      .send({ fields: [] })
      .expect(404);
    const judge = await newJudge(t);
    await t.http
      .put(`/api/tracks/${edition.federalTrackId}/fields`)
      .set(as(await judge.login()))
      .send({ fields: [] })
      .expect(403);
  });
});
