import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { canonicalJson, sha256Hex } from '../../src/domain/seal';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackCode, TrackEntity } from '../../src/database/schema/track.entity';
import { InstitutionKind } from '../../src/database/schema/institution.entity';
import {
  AssignmentEntity,
  AssignmentSource,
  AssignmentStatus,
} from '../../src/database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../src/database/schema/score-sheet.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { SealEntity } from '../../src/database/schema/seal.entity';
import { nodeSignatureCheck, verifyPublicBundle } from '../../src/domain/verification';
import { Role } from '../../src/database/schema/user.entity';
import {
  DAY,
  FactoryUser,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
  newUser,
} from '../support/factories';
import { cliProcess } from '../support/compiled';
import { binaryBody } from '../support/binary-body';
import { startTestApp, TestApp } from '../support/test-app';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The organiser CLI as its own process, on the test database. */
const cli = (databaseUrl: string, ...args: string[]) => cliProcess({ DATABASE_URL: databaseUrl }, ...args);

/** The text of a PDF's content streams (FlateDecode inflated), hex glyph strings decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let out = '';
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    try {
      out += inflateSync(bytes).toString('latin1');
    } catch {
      out += bytes.toString('latin1');
    }
  }
  // PDFKit writes text as TJ arrays of hex glyph strings with kerning numbers between them.
  const decode = (hex: string) => Buffer.from(hex, 'hex').toString('latin1');
  return out.replace(/\[([^\]]*)\]\s*TJ/g, (_, parts: string) =>
    [...parts.matchAll(/<([0-9a-fA-F]*)>/g)].map((p) => decode(p[1])).join(''),
  );
}

/** Inserts a submitted score sheet (and its active assignment) straight into the database. */
async function seedSheet(
  t: TestApp,
  track: TrackEntity,
  nomination: NominationEntity,
  judgeId: string,
  scores: Record<string, number>,
): Promise<void> {
  const now = t.clock.now();
  await t.db.transaction(async (m) => {
    const assignmentId = randomUUID();
    await m.insert(AssignmentEntity, {
      id: assignmentId,
      trackId: track.id,
      nominationId: nomination.id,
      judgeId,
      status: AssignmentStatus.ACTIVE,
      recusalReason: null,
      recusedAt: null,
      source: AssignmentSource.MANUAL,
      createdById: null,
      createdAt: now,
    });
    await m.insert(ScoreSheetEntity, {
      id: randomUUID(),
      assignmentId,
      scores,
      comment: null,
      status: ScoreSheetStatus.SUBMITTED,
      submittedAt: now,
      reopenedAt: null,
      reopenReason: null,
      createdAt: now,
      updatedAt: now,
    });
  });
}

describe('results: preview, overrides, finalisation, publication, public routes and verification', () => {
  let t: TestApp;
  let organiser: string;
  let observer: string;
  let nominator: string;
  let edition: EditionEntity;
  let local: TrackEntity;
  let federal: TrackEntity;
  let judges: FactoryUser[];
  let n: NominationEntity[];
  let federalNomination: NominationEntity;
  let workDir: string;
  let sealHash: string;

  const preview = (trackId: string, token = organiser) =>
    t.http.get(`/api/tracks/${trackId}/results`).set(auth(token));
  const override = (trackId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/tracks/${trackId}/overrides`).set(auth(organiser)).send(body);
  const publicGet = (path: string) => t.http.get(`/api/public/editions/${path}`);

  beforeAll(async () => {
    t = await startTestApp();
    workDir = mkdtempSync(join(tmpdir(), 'recon-results-'));
    organiser = await t.login();
    observer = await (await newUser(t, Role.OBSERVER)).login();
    edition = await newEdition(t, { phase: 'JUDGING' });
    local = await newTrack(t, edition, {
      code: TrackCode.LOCAL_OPEN_GOV,
      minReviews: 2,
      places: 2,
      honourableMentions: 1,
    });
    federal = await newTrack(t, edition, {
      code: TrackCode.FEDERAL_PROACTIVE,
      minReviews: 1,
      places: 2, // one nomination: SECOND is DESIERTO
      judgesPerNomination: 1,
    });
    const cdmx = await newInstitution(t, { name: 'Gobierno de la Ciudad de México', stateCode: '09' });
    const jalisco = await newInstitution(t, { name: 'Gobierno de Jalisco', stateCode: '14' });
    const edomex = await newInstitution(t, { name: 'Gobierno del Estado de México', stateCode: '15' });
    const oaxaca = await newInstitution(t, { name: 'Gobierno de Oaxaca', stateCode: '20' });
    const inai = await newInstitution(t, {
      name: 'Instituto Federal de Prueba',
      stateCode: null,
      kind: InstitutionKind.AUTONOMOUS_BODY,
    });
    nominator = await (await newUser(t, Role.NOMINATOR, { institutionId: cdmx.id })).login();
    // Submitted nominations carry a receipt (the bundle requires one).
    const receipt = { receiptHash: 'c'.repeat(64) };
    n = [
      await newNomination(t, local, cdmx, {
        ...receipt,
        title: 'Plan de acción local de la Ciudad de México',
      }),
      await newNomination(t, local, jalisco, { ...receipt, title: 'Secretariado Técnico Local de Jalisco' }),
      await newNomination(t, local, edomex, { ...receipt, title: 'Compromisos del Estado de México' }),
      await newNomination(t, local, oaxaca, { ...receipt, title: 'Cocreación en Oaxaca' }),
      await newNomination(t, local, oaxaca, {
        ...receipt,
        title: 'Retirada',
        status: 'WITHDRAWN',
        withdrawnAt: t.clock.now(),
      }),
    ];
    federalNomination = await newNomination(t, federal, inai, {
      ...receipt,
      // A title that a spreadsheet would run as a formula: the CSV must neutralise it (issue 19, class 10).
      title: '=HYPERLINK("http://x.example/","Datos abiertos de salud")',
      stateCode: null,
    });
    judges = [
      await newJudge(t, [{ stateCode: '02' }], { name: 'Jueza Uno' }),
      await newJudge(t, [{ stateCode: '04' }], { name: 'Juez Dos' }),
      await newJudge(t, [{ stateCode: '05' }], { name: 'Jueza Tres' }),
    ];
    for (const track of [local, federal]) {
      await t.http
        .put(`/api/tracks/${track.id}/panel`)
        .set(auth(organiser))
        .send({ members: judges.map((j) => ({ judgeId: j.id })) })
        .expect(200);
    }
    // Through the judging API: manual assignment, then each judge submits inside the judging window.
    const sheets: [NominationEntity, number, Record<string, number>][] = [
      [n[0], 0, { impacto: 9, apertura: 8 }],
      [n[0], 1, { impacto: 9, apertura: 9 }],
      [n[1], 0, { impacto: 7, apertura: 7 }],
      [n[1], 1, { impacto: 8, apertura: 6 }],
      [n[2], 0, { impacto: 5, apertura: 5 }],
      [n[2], 1, { impacto: 6, apertura: 4 }],
      [n[3], 2, { impacto: 10, apertura: 10 }], // one sheet only: quorum (2) missing
      [federalNomination, 0, { impacto: 8, apertura: 8 }],
    ];
    const tokens = await Promise.all(judges.map((j) => j.login()));
    for (const [nomination, j, scores] of sheets) {
      const assigned = await t.http
        .post(`/api/tracks/${nomination.trackId}/assignments`)
        .set(auth(organiser))
        .send({ nominationId: nomination.id, judgeId: judges[j].id })
        .expect(201);
      await t.http
        .post(`/api/assignments/${assigned.body.id}/score-sheet/submit`)
        .set(auth(tokens[j]))
        .send({ scores })
        .expect(200);
    }
    // A draft never counts.
    const draft = await t.http
      .post(`/api/tracks/${local.id}/assignments`)
      .set(auth(organiser))
      .send({ nominationId: n[3].id, judgeId: judges[0].id })
      .expect(201);
    await t.http
      .put(`/api/assignments/${draft.body.id}/score-sheet`)
      .set(auth(tokens[0]))
      .send({ scores: { impacto: 1 } })
      .expect(200);
    // The judging window closes; deliberation.
    t.clock.set(new Date(edition.judgingCloseAt.getTime() + DAY));
  });

  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await t.close();
  });

  it('previews ranks, aggregates, traces, awards, quorum problems and robustness for organisers', async () => {
    const res = await preview(local.id).expect(200);
    const body = res.body;
    expect(body.method).toBe('MEAN');
    expect(body.finalisable).toBe(false);
    const rows = body.categories[0].rows as {
      nomination: { id: string; key: string };
      aggregate: number | null;
      rank: number | null;
      unrankedReason: string | null;
      computedAward: { award: string | null };
      finalAward: { award: string | null };
      trace: unknown;
      robustness: { fragile: boolean; changes: unknown[] } | null;
      sheetCount: number;
    }[];
    const row = (i: number) => rows.find((r) => r.nomination.id === n[i].id)!;
    expect(row(0)).toMatchObject({ rank: 1, aggregate: 88.333334, computedAward: { award: 'FIRST' } });
    expect(row(1)).toMatchObject({ rank: 2, aggregate: 71.666667, computedAward: { award: 'SECOND' } });
    expect(row(2)).toMatchObject({
      rank: 3,
      aggregate: 51.666667,
      computedAward: { award: 'HONOURABLE_MENTION' },
    });
    expect(row(3)).toMatchObject({ rank: null, unrankedReason: 'QUORUM_MISSING', sheetCount: 1 });
    expect(row(0).trace).toBeTruthy();
    expect(row(0).robustness).toMatchObject({ fragile: expect.any(Boolean) });
    expect(body.blockers).toEqual([
      expect.objectContaining({
        code: 'QUORUM_MISSING',
        nominations: [expect.objectContaining({ id: n[3].id, key: n[3].key })],
      }),
    ]);
    expect(body.notInCompetition).toEqual([expect.objectContaining({ id: n[4].id, status: 'WITHDRAWN' })]);
    expect(body.judges.map((j: { judge: { name: string } }) => j.judge.name).sort()).toEqual([
      'Juez Dos',
      'Jueza Tres',
      'Jueza Uno',
    ]);
  });

  it('shows observers the same preview with judges as J1, J2… and no emails', async () => {
    const res = await preview(local.id, observer).expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/@example\.org/);
    for (const j of judges) expect(text).not.toContain(j.id);
    expect(
      res.body.judges.every((j: { judge: { pseudonym: string } }) => /^J\d+$/.test(j.judge.pseudonym)),
    ).toBe(true);
    await preview(local.id, nominator).expect(403);
  });

  it('validates overrides: justification required, award required for SET_AWARD, nomination of the track', async () => {
    const missing = await override(local.id, {
      nominationId: n[2].id,
      kind: 'SET_AWARD',
      award: null,
    }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('justification');
    const noAward = await override(local.id, {
      nominationId: n[2].id,
      kind: 'SET_AWARD',
      justification: 'Acta 1 del jurado: sin premio.',
    }).expect(400);
    expect(noAward.body.errors[0].field).toBe('award');
    const elsewhere = await override(federal.id, {
      nominationId: n[2].id,
      kind: 'EXCLUDE',
      justification: 'Acta 1 del jurado: exclusión.',
    }).expect(422);
    expect(elsewhere.body.code).toBe('NOMINATION_NOT_IN_TRACK');
    await t.http
      .post(`/api/tracks/${local.id}/overrides`)
      .set(auth(observer))
      .send({ nominationId: n[2].id, kind: 'EXCLUDE', justification: 'Acta del observador.' })
      .expect(403);
  });

  it('applies a SET_AWARD override (a later one wins; one can be revoked)', async () => {
    const first = await override(local.id, {
      nominationId: n[2].id,
      kind: 'SET_AWARD',
      award: 'SECOND',
      justification: 'Acta 2 del jurado: borrador que se revoca.',
    }).expect(201);
    await t.http
      .delete(`/api/tracks/${local.id}/overrides/${first.body.id}`)
      .set(auth(organiser))
      .expect(204);
    const res = await override(local.id, {
      nominationId: n[2].id,
      kind: 'SET_AWARD',
      award: null,
      justification: 'Acta 3 del jurado: la mención honorífica se declara desierta.',
    }).expect(201);
    expect(res.body).toMatchObject({ kind: 'SET_AWARD', award: null, nomination: { id: n[2].id } });
    const list = await t.http.get(`/api/tracks/${local.id}/overrides`).set(auth(observer)).expect(200);
    expect(list.body).toHaveLength(1);
    const body = (await preview(local.id).expect(200)).body;
    const row = body.categories[0].rows.find(
      (r: { nomination: { id: string } }) => r.nomination.id === n[2].id,
    );
    expect(row).toMatchObject({
      computedAward: { award: 'HONOURABLE_MENTION' },
      finalAward: { award: null },
      overridden: true,
    });
    expect(body.categories[0].desierto.final).toEqual([]);
    expect(body.overrides).toEqual([expect.objectContaining({ applied: true })]);
  });

  it('answers 404 on every public route before finalisation, exactly as for an unknown edition', async () => {
    const unknown = await publicGet(`${randomUUID()}/results`).expect(404);
    for (const path of ['results', 'results.csv', 'bundle', `certificates/${n[0].id}.pdf`]) {
      const res = await publicGet(`${edition.id}/${path}`).expect(404);
      expect(res.body).toEqual(unknown.body);
    }
  });

  it('finalises once the blocker is resolved by an EXCLUDE override, and only once', async () => {
    await override(local.id, {
      nominationId: n[3].id,
      kind: 'EXCLUDE',
      justification: 'Acta 4 del jurado: no alcanza el quórum de evaluaciones.',
    }).expect(201);
    expect((await preview(local.id).expect(200)).body.finalisable).toBe(true);
    const res = await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(200);
    expect(res.body).toMatchObject({ editionId: edition.id, public: false, publishedAt: null });
    sealHash = res.body.seal.sha256;
    expect(sealHash).toMatch(/^[0-9a-f]{64}$/);
    const seal = await t.db.read((m) => m.findOneByOrFail(SealEntity, { editionId: edition.id }));
    expect(sha256Hex(seal.resultsJson)).toBe(sealHash);
    expect(canonicalJson(JSON.parse(seal.resultsJson))).toBe(seal.resultsJson);
    // The seal records the audit head before the finalisation entry, which chains onto it.
    const audit = await t.http.get('/api/audit?action=edition.finalize').set(auth(organiser)).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      prevHash: seal.auditHead,
      after: { seal: { sha256: sealHash } },
    });

    const again = await t.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiser)).expect(409);
    expect(again.body.code).toBe('EDITION_FINALIZED');
    expect(await t.db.read((m) => m.countBy(SealEntity, { editionId: edition.id }))).toBe(1);
  });

  it('keeps sealed results hidden until the announcement: no public route and no other route leaks them', async () => {
    const unknown = await publicGet(`${randomUUID()}/results`).expect(404);
    for (const path of ['results', 'results.csv', 'bundle', `certificates/${n[0].id}.pdf`]) {
      const res = await publicGet(`${edition.id}/${path}`).expect(404);
      expect(res.body).toEqual(unknown.body);
    }
    for (const path of [
      '/api/editions',
      `/api/editions/${edition.id}`,
      `/api/editions/${edition.id}/tracks`,
    ]) {
      const res = await t.http.get(path).set(auth(nominator)).expect(200);
      expect(JSON.stringify(res.body)).not.toContain(sealHash);
      expect(JSON.stringify(res.body)).not.toMatch(/FIRST|HONOURABLE_MENTION|aggregate/);
    }
    await t.http.get(`/api/editions/${edition.id}/seal`).set(auth(nominator)).expect(403);
  });

  it('serves the results at the announcement, with a strong ETag and 304', async () => {
    t.clock.set(edition.announcementAt);
    const res = await publicGet(`${edition.id}/results`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toBe(`"${sealHash}"`);
    expect(res.body.seal).toMatchObject({ sha256: sealHash });
    expect(sha256Hex(canonicalJson(res.body.document))).toBe(sealHash);
    expect(res.body.awards).toEqual([
      expect.objectContaining({ trackCode: 'FEDERAL_PROACTIVE', award: 'FIRST', desierto: false }),
      expect.objectContaining({
        trackCode: 'FEDERAL_PROACTIVE',
        award: 'SECOND',
        desierto: true,
        holders: [],
      }),
      expect.objectContaining({
        trackCode: 'LOCAL_OPEN_GOV',
        award: 'FIRST',
        holders: [expect.objectContaining({ nominationId: n[0].id, title: n[0].title })],
      }),
      expect.objectContaining({ trackCode: 'LOCAL_OPEN_GOV', award: 'SECOND' }),
    ]);
    // The mention was withdrawn by the jury (mentions are not places: never DESIERTO).
    expect(JSON.stringify(res.body.awards)).not.toContain('HONOURABLE_MENTION');
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/@example\.org|contactName|Persona de Contacto/);
    for (const j of judges) expect(text).not.toContain(j.id);
    expect(text).not.toContain(n[4].title); // withdrawn: not published

    await publicGet(`${edition.id}/results`).set('if-none-match', `"${sealHash}"`).expect(304);
    await publicGet(`${edition.id}/results`).set('if-none-match', `W/"x", "${sealHash}"`).expect(304);
    await publicGet(`${edition.id}/results`).set('if-none-match', '"otra"').expect(200);
  });

  it('serves the awards as CSV and the winners’ certificates as PDF with the seal hash', async () => {
    const csv = await publicGet(`${edition.id}/results.csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers.etag).toBe(`"${sealHash}"`);
    expect(csv.text).toContain(n[0].key);
    expect(csv.text).toMatch(/"FEDERAL_PROACTIVE",[^\n]*,"SECOND","Segundo lugar","sí",/);
    expect(csv.text).not.toContain('Mención honorífica');
    expect(csv.text).toContain(sealHash);
    expect(csv.text).toContain(`,"'=HYPERLINK(""http://x.example/"",""Datos abiertos de salud"")",`);
    expect(csv.text).not.toMatch(/(^|,)"?=/m);
    await publicGet(`${edition.id}/results.csv`).set('if-none-match', `"${sealHash}"`).expect(304);

    const pdf = await publicGet(`${edition.id}/certificates/${n[0].id}.pdf`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(sealHash); // document information (Subject, Keywords)
    expect(pdfText(bytes)).toContain(sealHash); // the printed text
    const byKey = await publicGet(`${edition.id}/certificates/${n[0].key}.pdf`)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(Buffer.compare(byKey.body as Buffer, bytes)).toBe(0);
    // No award after the override, excluded, unknown: no certificate.
    await publicGet(`${edition.id}/certificates/${n[2].id}.pdf`).expect(404);
    await publicGet(`${edition.id}/certificates/${n[3].id}.pdf`).expect(404);
    await publicGet(`${edition.id}/certificates/${randomUUID()}.pdf`).expect(404);
  });

  it('publishes an anonymised bundle that results:verify recomputes, and catches a changed score', async () => {
    const res = await publicGet(`${edition.id}/bundle`).expect(200);
    expect(res.headers.etag).toBe(`"${sealHash}"`);
    const bundle = res.body;
    const text = JSON.stringify(bundle);
    expect(text).not.toMatch(/@example\.org|contactEmail|contactName|passwordHash/);
    for (const j of judges) expect(text).not.toContain(j.id);
    expect(bundle.scoreSheets.map((s: { judge: string }) => s.judge)).toEqual(
      expect.arrayContaining(['J1', 'J2']),
    );
    expect(bundle.seal.sha256).toBe(sealHash);

    const file = join(workDir, 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle));
    const ok = await cli(t.database.url, 'results:verify', file, '--sha256', sealHash);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('VERIFIED');

    const tampered = JSON.parse(JSON.stringify(bundle));
    const sheet = tampered.scoreSheets.find((s: { trackCode: string }) => s.trackCode === 'LOCAL_OPEN_GOV');
    sheet.scores.impacto = sheet.scores.impacto === 10 ? 9 : 10;
    writeFileSync(join(workDir, 'tampered.json'), JSON.stringify(tampered));
    const bad = await cli(t.database.url, 'results:verify', join(workDir, 'tampered.json'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('MISMATCH');
    expect(bad.out).toContain('NOT VERIFIED');

    const doctored = JSON.parse(JSON.stringify(bundle));
    doctored.seal.results.tracks[0].sheets[0].scores.impacto = 0;
    const report = await verifyPublicBundle(doctored, { checkSignature: nodeSignatureCheck }); // what results:verify runs, in-process
    expect(report).toMatchObject({ ok: false, dataMatchesSeal: true });
    expect(report.publishedSha256).not.toBe(sealHash);
  });

  it('carries overrides and the seal through bundle export → import → export, and refuses a seal its data does not give', async () => {
    const exported = (await t.http.get(`/api/editions/${edition.id}/bundle`).set(auth(organiser)).expect(200))
      .body;
    expect(exported.seal).toMatchObject({ sha256: sealHash, finalizedByEmail: expect.any(String) });
    expect(
      exported.overrides.map((o: { kind: string; nominationKey: string }) => [o.kind, o.nominationKey]),
    ).toEqual([
      ['SET_AWARD', n[2].key],
      ['EXCLUDE', n[3].key],
    ]);
    // A finalised edition keeps its key (part of its seal): no copy under another key in the same database.
    const copyRefused = await t.http
      .post('/api/editions/import?asKey=otra-clave')
      .set(auth(organiser))
      .send(exported)
      .expect(422);
    expect(copyRefused.body.code).toBe('SEALED_KEY_FIXED');
    // As into another database: the key is free there.
    await t.db.transaction((m) =>
      m.update(EditionEntity, { id: edition.id }, { key: 'original-renombrada' }),
    );
    const imported = await t.http.post('/api/editions/import').set(auth(organiser)).send(exported);
    expect(imported.status).toBe(201);
    const copyId = imported.body.id as string;
    const again = (await t.http.get(`/api/editions/${copyId}/bundle`).set(auth(organiser)).expect(200)).body;
    expect(again).toEqual(exported);
    // Finalised and announced: the copy is public at once, under the same seal.
    const res = await publicGet(`${copyId}/results`).expect(200);
    expect(res.headers.etag).toBe(`"${sealHash}"`);

    const tampered = JSON.parse(JSON.stringify(exported));
    const sheet = tampered.scoreSheets.find(
      (x: { nominationKey: string; status: string }) =>
        x.nominationKey === n[1].key && x.status === 'SUBMITTED',
    );
    sheet.scores.impacto = 10;
    await t.db.transaction((m) => m.update(EditionEntity, { id: copyId }, { key: 'copia-renombrada' }));
    const before = await t.db.read((m) => m.count(SealEntity));
    const refused = await t.http.post('/api/editions/import').set(auth(organiser)).send(tampered).expect(422);
    expect(refused.body.code).toBe('SEAL_MISMATCH');
    expect(refused.body.message).toContain(n[1].key);
    expect(await t.db.read((m) => m.count(SealEntity))).toBe(before);
  });

  it('prints the preview with results:compute', async () => {
    const run = await cli(t.database.url, 'results:compute', edition.id);
    expect(run.code).toBe(0);
    expect(run.out).toContain('LOCAL_OPEN_GOV');
    expect(run.out).toContain(n[0].key);
    expect(run.out).toContain('Finalisable');
  });

  describe('publication', () => {
    /** A deliberating edition with one federal nomination scored once. */
    async function judgedEdition(): Promise<EditionEntity> {
      const e = await newEdition(t, { phase: 'DELIBERATION' });
      const track = await newTrack(t, e, { code: TrackCode.FEDERAL_PROACTIVE, minReviews: 1, places: 1 });
      const nominee = await newInstitution(t, { stateCode: null, kind: InstitutionKind.FEDERAL_BODY });
      const nomination = await newNomination(t, track, nominee, { stateCode: null });
      await seedSheet(t, track, nomination, judges[0].id, { impacto: 7, apertura: 9 });
      return e;
    }

    // What publishing decides is checked on FinalizationService (test/medium/results/); here, the public route.
    it('answers on the public route only once sealed results are published, with the seal’s ETag', async () => {
      const e = await judgedEdition();
      const sealed = await t.http.post(`/api/editions/${e.id}/finalize`).set(auth(organiser)).expect(200);
      await publicGet(`${e.id}/results`).expect(404);
      await t.http.post(`/api/editions/${e.id}/publish`).set(auth(organiser)).expect(200);
      const res = await publicGet(`${e.id}/results`).expect(200);
      expect(res.headers.etag).toBe(`"${sealed.body.seal.sha256}"`);
    });
  });
});
