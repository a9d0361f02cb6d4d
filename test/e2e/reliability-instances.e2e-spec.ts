import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app';
import { ManualClock } from '../../src/common/clock/clock';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { migrate } from '../../src/database/database.module';
import { MIGRATIONS } from '../../db/migrations';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { TrackCode, TrackEntity } from '../../src/database/schema/track.entity';
import { AssignmentEntity, AssignmentStatus } from '../../src/database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../src/database/schema/score-sheet.entity';
import { NominationEntity } from '../../src/database/schema/nomination.entity';
import { SealEntity } from '../../src/database/schema/seal.entity';
import { Role, UserEntity } from '../../src/database/schema/user.entity';
import {
  FactoryUser,
  newEdition,
  newInstitution,
  newJudge,
  newNomination,
  newTrack,
} from '../support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const DIALECT = process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite';
const onPostgres = DIALECT === 'postgres' ? describe : describe.skip;

if (DIALECT !== 'postgres') {
  console.warn(
    'SKIPPED on SQLite (reliability-instances): several application instances share one PostgreSQL database; ' +
      'SQLite serves one instance (docs/operations.md). This suite runs in the PostgreSQL pass of npm test.',
  );
}

interface Instance {
  readonly app: NestFastifyApplication;
  readonly http: TestAgent;
  readonly db: TransactionRunner;
}

/**
 * Two application instances on one PostgreSQL database, as behind a load balancer (docs/reliability.md):
 * two apps in this process, each with its own connection pool, sharing only the database, JWT_SECRET,
 * UPLOADS_DIR and the clock. They start together on an empty database, take score sheets for the same track,
 * run automatic assignment on the same track at once, and are asked by two organisers to finalise the same
 * edition at the same instant while judges are still submitting.
 */
onPostgres('reliability: two instances on one PostgreSQL database', () => {
  // Two applications booting and racing each other: slow on a busy machine.
  jest.setTimeout(180_000);
  let database: TestDatabase;
  let uploadsDir: string;
  let clock: ManualClock;
  let a: Instance;
  let b: Instance;
  /** Instance A dressed as a TestApp, for the row factories. */
  let t: TestApp;
  let organiserA: string;
  let organiserB: string;

  const both = () => [a, b];
  const login = async (i: Instance, email: string, password: string) =>
    (await i.http.post('/api/auth/login').send({ email, password }).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    database = await createTestDatabase();
    uploadsDir = mkdtempSync(join(tmpdir(), 'recon-uploads-'));
    Object.assign(process.env, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      UPLOADS_DIR: uploadsDir,
      // Local mail of both instances beside the uploads, not in the checkout's db/mail.
      MAIL_DIR: `${uploadsDir}-mail`,
      AUTH_THROTTLE_LIMIT: '10000',
      LOG_LEVEL: 'silent',
    });
    clock = new ManualClock(new Date('2026-01-15T12:00:00Z'));
    // Both start at the same moment on an empty database: migrations, the 2018 seed and the first organiser.
    const apps = await Promise.all([createApp({ clock, quiet: true }), createApp({ clock, quiet: true })]);
    [a, b] = apps.map((app) => ({ app, http: request(app.getHttpServer()), db: app.get(TransactionRunner) }));
    t = {
      app: a.app,
      http: a.http,
      clock,
      db: a.db,
      database,
      uploadsDir,
      login: (email = ADMIN_EMAIL, password = ADMIN_PASSWORD) => login(a, email, password),
      close: () => Promise.resolve(),
    };
    organiserA = await login(a, ADMIN_EMAIL, ADMIN_PASSWORD);
    const second = await a.http
      .post('/api/users')
      .set(auth(organiserA))
      .send({
        email: 'segunda@example.org',
        name: 'Segunda Organizadora',
        role: Role.ORGANISER,
        password: 'Segunda-Org-2018',
      })
      .expect(201);
    expect(second.body.role).toBe(Role.ORGANISER);
    // Signed in on B; the token works on A too (one JWT_SECRET).
    organiserB = await login(b, 'segunda@example.org', 'Segunda-Org-2018');
    await a.http.get('/api/auth/me').set(auth(organiserB)).expect(200);
  });

  afterAll(async () => {
    for (const i of [a, b]) await i?.app.close();
    await database?.drop();
    rmSync(uploadsDir, { recursive: true, force: true });
    rmSync(`${uploadsDir}-mail`, { recursive: true, force: true });
  });

  it('starts both on an empty database: each migration once, one first organiser, one 2018 edition', async () => {
    const migrations: { name: string }[] = await a.db.read((m) => m.query('SELECT name FROM migrations'));
    expect(new Set(migrations.map((r) => r.name)).size).toBe(migrations.length);
    const organisers = await a.db.read((m) => m.countBy(UserEntity, { email: ADMIN_EMAIL }));
    expect(organisers).toBe(1);
    const seeded = await a.db.read((m) => m.countBy(EditionEntity, { year: 2018 }));
    expect(seeded).toBe(1);
  });

  it('migrates once when three instances start together on another empty database (advisory lock)', async () => {
    const empty = await createTestDatabase();
    const sources = [1, 2, 3].map(
      () => new DataSource({ ...buildDataSourceOptions(parseDatabaseUrl(empty.url)), migrationsRun: false }),
    );
    try {
      await Promise.all(sources.map((s) => s.initialize()));
      // Without the lock two of them race on the same CREATE TABLE / CREATE TYPE and one fails.
      const outcomes = await Promise.allSettled(sources.map((s) => migrate(s)));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const applied: { name: string }[] = await sources[0].query('SELECT name FROM migrations');
      expect(applied.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    } finally {
      for (const s of sources) if (s.isInitialized) await s.destroy();
      await empty.drop();
    }
  });

  /** A track in judging with `nominations` eligible nominations and `judges` judges on its panel. */
  async function judgingTrack(nominations: number, judges: number, settings: Partial<TrackEntity> = {}) {
    const edition = await newEdition(t, { phase: 'JUDGING' });
    const track = await newTrack(t, edition, {
      code: TrackCode.FEDERAL_PROACTIVE,
      judgesPerNomination: 2,
      minReviews: 1,
      threshold: 0,
      ...settings,
    });
    const rows: NominationEntity[] = [];
    for (let i = 0; i < nominations; i++) {
      const nominee = await newInstitution(t, {
        stateCode: null,
        name: `Dependencia federal ${randomUUID()}`,
      });
      rows.push(await newNomination(t, track, nominee, { stateCode: null }));
    }
    const panel: FactoryUser[] = [];
    for (let i = 0; i < judges; i++) panel.push(await newJudge(t));
    await a.http
      .put(`/api/tracks/${track.id}/panel`)
      .set(auth(organiserA))
      .send({ members: panel.map((j) => ({ judgeId: j.id })) })
      .expect(200);
    const tokens = new Map<string, string>();
    for (const j of panel) tokens.set(j.id, await j.login());
    return { edition, track, nominations: rows, judges: panel, tokens };
  }

  const activeAssignments = (trackId: string) =>
    a.db.read((m) => m.findBy(AssignmentEntity, { trackId, status: AssignmentStatus.ACTIVE }));

  it('runs automatic assignment on the same track from both instances at once without a duplicate', async () => {
    const { track, nominations } = await judgingTrack(24, 6, { judgesPerNomination: 3 });
    const runs = await Promise.all(
      [a, b, a, b, a, b].map((i, n) =>
        i.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(n % 2 ? organiserB : organiserA)),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const created = runs.map((r) => (r.body.created as unknown[]).length);
    // One run staffed the track; every other one found nothing left to do.
    expect(created.filter((c) => c > 0)).toEqual([24 * 3]);
    const rows = await activeAssignments(track.id);
    expect(rows).toHaveLength(24 * 3);
    const pairs = new Set(rows.map((r) => `${r.nominationId}:${r.judgeId}`));
    expect(pairs.size).toBe(rows.length);
    for (const n of nominations) expect(rows.filter((r) => r.nominationId === n.id)).toHaveLength(3);
  });

  it('takes score sheets sent to both instances at once: every one stored, the track frozen once', async () => {
    const { track, tokens } = await judgingTrack(20, 5);
    await b.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(organiserB)).expect(200);
    const assignments = await activeAssignments(track.id);
    expect(assignments).toHaveLength(40);
    const scores = (i: number) => ({ impacto: i % 11, apertura: (i * 7) % 11 });
    const results = await Promise.all(
      assignments.map((x, i) => {
        const instance = both()[i % 2];
        return instance.http
          .post(`/api/assignments/${x.id}/score-sheet/submit`)
          .set(auth(tokens.get(x.judgeId)!))
          .send({ scores: scores(i), comment: `Hoja ${i}` });
      }),
    );
    expect(results.map((r) => r.status)).toEqual(assignments.map(() => 200));
    const sheets = await a.db.read((m) => m.find(ScoreSheetEntity));
    for (const [i, x] of assignments.entries()) {
      const sheet = sheets.find((s) => s.assignmentId === x.id)!;
      expect(sheet).toMatchObject({
        status: ScoreSheetStatus.SUBMITTED,
        scores: scores(i),
        comment: `Hoja ${i}`,
      });
    }
    const freezes = await a.http
      .get(`/api/audit?action=track.freeze&entityId=${track.id}`)
      .set(auth(organiserA))
      .expect(200);
    expect(freezes.body.total).toBe(1);
  });

  it('seals once when two organisers finalise at the same instant from both instances, losing no sheet or status change', async () => {
    const { edition, track, nominations, tokens } = await judgingTrack(12, 4, { places: 1 });
    await a.http.post(`/api/tracks/${track.id}/assignments/auto`).set(auth(organiserA)).expect(200);
    const assignments = await activeAssignments(track.id);
    // Quorum (one sheet) is met for every nomination; the second sheets arrive while judging is being closed.
    const first = new Set<string>();
    const late: AssignmentEntity[] = [];
    for (const x of assignments) {
      if (first.has(x.nominationId)) late.push(x);
      else first.add(x.nominationId);
    }
    // Distinct scores per nomination (2·impacto + apertura = 30 − 2i), the same from both of its judges: no tie.
    const scoresOf = (nominationId: string) => {
      const total = 30 - 2 * nominations.findIndex((n) => n.id === nominationId);
      const impacto = Math.min(10, Math.floor(total / 2));
      return { impacto, apertura: total - 2 * impacto };
    };
    const submit = (i: Instance, x: AssignmentEntity) =>
      i.http
        .post(`/api/assignments/${x.id}/score-sheet/submit`)
        .set(auth(tokens.get(x.judgeId)!))
        .send({ scores: scoresOf(x.nominationId) });
    await Promise.all(
      assignments.filter((x) => !late.includes(x)).map((x, i) => submit(both()[i % 2], x).expect(200)),
    );

    // Meanwhile the jury also withdraws the leading nomination and another, and finds a third ineligible.
    const changes = [
      () => b.http.post(`/api/nominations/${nominations[0].id}/withdraw`).set(auth(organiserB)),
      () => a.http.post(`/api/nominations/${nominations[5].id}/withdraw`).set(auth(organiserA)),
      () =>
        b.http
          .post(`/api/nominations/${nominations[7].id}/eligibility`)
          .set(auth(organiserB))
          .send({ decision: 'INELIGIBLE', reason: 'Fuera de las bases' }),
    ];
    // Sealing waits for judging to close: the organiser closes it early on instance A while the late sheets
    // arrive on both; then both organisers seal at once while the status changes land.
    const [closed, ...sheets] = await Promise.all([
      a.http
        .post(`/api/editions/${edition.id}/close-judging`)
        .set(auth(organiserA))
        .send({ reason: 'El jurado cerró la evaluación antes del plazo.' }),
      ...late.map((x, i) => submit(both()[i % 2], x)),
    ]);
    expect(closed.status).toBe(200);
    const [sealA, sealB, ...others] = await Promise.all([
      a.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiserA)),
      b.http.post(`/api/editions/${edition.id}/finalize`).set(auth(organiserB)),
      ...changes.map((change) => change()),
    ]);
    for (const c of others) expect([200, 409]).toContain(c.status);
    expect([sealA.status, sealB.status].sort()).toEqual([200, 409]);
    const refused = (sealA.status === 409 ? sealA : sealB).body;
    expect(refused.code).toBe('EDITION_FINALIZED');
    // A late sheet was either taken before the seal (and counted in it) or refused after it: never taken and
    // left out.
    for (const s of sheets) expect([200, 409]).toContain(s.status);
    const seals = await a.db.read((m) => m.findBy(SealEntity, { editionId: edition.id }));
    expect(seals).toHaveLength(1);
    const document = JSON.parse(seals[0].resultsJson) as {
      tracks: { sheets: unknown[]; results: { rows: { nominationKey: string; status: string }[] }[] }[];
    };
    const sealed = document.tracks.reduce((n, tr) => n + tr.sheets.length, 0);
    const submittedSheets = (competingOnly: boolean) =>
      a.db.read((m) => {
        const qb = m
          .createQueryBuilder(ScoreSheetEntity, 's')
          .innerJoin(AssignmentEntity, 'x', 'x.id = s.assignmentId')
          .innerJoin(NominationEntity, 'n', 'n.id = x.nominationId')
          .where('x.trackId = :track', { track: track.id })
          .andWhere('s.status = :status', { status: ScoreSheetStatus.SUBMITTED });
        if (competingOnly) qb.andWhere("n.status IN ('SUBMITTED', 'ELIGIBLE')");
        return qb.getCount();
      });
    const accepted = sheets.filter((s) => s.status === 200).length;
    expect(await submittedSheets(false)).toBe(first.size + accepted);
    // Every sheet that counts by the stored data is in the seal.
    expect(sealed).toBe(await submittedSheets(true));
    // And the statuses the seal ranked are the ones stored: no withdrawal or eligibility decision slipped in
    // after the seal.
    const stored = await a.db.read((m) => m.findBy(NominationEntity, { trackId: track.id }));
    const rows = document.tracks.flatMap((tr) => tr.results.flatMap((c) => c.rows));
    for (const row of rows) expect(row.status).toBe(stored.find((n) => n.key === row.nominationKey)!.status);
    for (const n of stored.filter((x) => x.status === 'SUBMITTED' || x.status === 'ELIGIBLE')) {
      expect(rows.map((r) => r.nominationKey)).toContain(n.key);
    }
    const audit = await b.http
      .get(`/api/audit?action=edition.finalize&entityId=${edition.id}`)
      .set(auth(organiserB))
      .expect(200);
    expect(audit.body.total).toBe(1);
  });

  it('leaves one unbroken audit chain, as seen from either instance', async () => {
    const fromA = await a.http.get('/api/audit/verify').set(auth(organiserA)).expect(200);
    const fromB = await b.http.get('/api/audit/verify').set(auth(organiserB)).expect(200);
    expect(fromA.body).toMatchObject({ ok: true });
    expect(fromB.body).toEqual(fromA.body);
    expect(fromA.body.headSeq).toBe(fromA.body.count);
  });
});
