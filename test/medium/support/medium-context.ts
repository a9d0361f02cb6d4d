import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../../src/app.module';
import { AuthUser } from '../../../src/access/auth-user';
import { BundleService } from '../../../src/bundle/bundle.service';
import { ManualClock } from '../../../src/common/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { TransactionRunner } from '../../../src/database/transaction-runner';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { TrackCode, TrackEntity } from '../../../src/database/schema/track.entity';
import { InstitutionEntity } from '../../../src/database/schema/institution.entity';
import { NominationEntity } from '../../../src/database/schema/nomination.entity';
import { Role, UserEntity } from '../../../src/database/schema/user.entity';
import { toAuthUser } from '../../../src/access/auth-user';
import { ResultsService } from '../../../src/results/results.service';
import * as factories from '../../support/factories';
import { judgedBundle } from '../../support/judged-bundle';
import { ADMIN_EMAIL, suiteEnvironment } from '../../support/test-app';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

/**
 * A "medium" suite's world: the application's modules without HTTP (services, policies, the database) on a
 * database of the suite's own — a temporary SQLite file, or a fresh PostgreSQL database when TEST_POSTGRES_URL
 * is set (the PostgreSQL pass of `npm test`) — with a clock the suite controls and small factories.
 */
export interface MediumContext extends factories.FactoryHost {
  readonly app: INestApplicationContext;
  readonly db: TransactionRunner;
  readonly clock: ManualClock;
  readonly database: TestDatabase;
  get<T>(type: Type<T>): T;
  /** The first organiser, as an actor. */
  organiser(): Promise<AuthUser>;
  /**
   * A user of `role`, as an actor. Without a password unless `overrides.password` gives one (FACTORY_PASSWORD):
   * services take the actor as it is, and hashing a password is the slowest step of making a user.
   */
  newActor(role: Role, overrides?: Parameters<typeof factories.newUser>[2]): Promise<AuthUser>;
  /** A judge with its affiliations (each an institution, a state or both), as an actor; no password, as above. */
  newJudge(
    affiliations?: Parameters<typeof factories.newJudge>[1],
    overrides?: Parameters<typeof factories.newJudge>[2],
  ): Promise<AuthUser>;
  newEdition(overrides?: Parameters<typeof factories.newEdition>[1]): Promise<EditionEntity>;
  newTrack(
    edition: EditionEntity,
    overrides?: Parameters<typeof factories.newTrack>[2],
  ): Promise<TrackEntity>;
  newInstitution(overrides?: Parameters<typeof factories.newInstitution>[1]): Promise<InstitutionEntity>;
  newNomination(
    track: TrackEntity,
    nominee: InstitutionEntity,
    overrides?: Partial<NominationEntity>,
  ): Promise<NominationEntity>;
  /**
   * The judged 2018-style bundle imported by the first organiser under a key of its own (the clock should be at
   * DELIBERATION), with L-4 — one sheet short of quorum — excluded unless `exclude` is false, and four eyes set
   * as asked (off, as for any import, by default).
   */
  newJudgedEdition(options?: { exclude?: boolean; fourEyes?: boolean }): Promise<JudgedEdition>;
  close(): Promise<void>;
}

export interface JudgedEdition {
  readonly edition: EditionEntity;
  readonly localTrack: TrackEntity;
  /** Local-track nominations by key (L-1 … L-4). */
  readonly nominations: ReadonlyMap<string, NominationEntity>;
}

let judgedCount = 0;

async function newJudgedEdition(
  ctx: MediumContext,
  options: { exclude?: boolean; fourEyes?: boolean } = {},
): Promise<JudgedEdition> {
  const actor = await ctx.organiser();
  const view = await ctx
    .get(BundleService)
    .importBundle(actor, judgedBundle(), { asKey: `juzgada-${++judgedCount}` });
  const localTrack = await ctx.db.read((m) =>
    m.findOneByOrFail(TrackEntity, { editionId: view.id, code: TrackCode.LOCAL_OPEN_GOV }),
  );
  const rows = await ctx.db.read((m) => m.findBy(NominationEntity, { trackId: localTrack.id }));
  const nominations = new Map(rows.map((n) => [n.key, n]));
  if (options.exclude !== false) {
    await ctx.get(ResultsService).createOverride(actor, localTrack.id, {
      nominationId: nominations.get('L-4')!.id,
      kind: 'EXCLUDE',
      justification: 'Acta 1: sin quórum.',
    });
  }
  if (options.fourEyes) {
    await ctx.db.transaction((m) => m.update(EditionEntity, { id: view.id }, { fourEyes: true }));
  }
  const edition = await ctx.db.read((m) => m.findOneByOrFail(EditionEntity, { id: view.id }));
  return { edition, localTrack, nominations };
}

export async function startMedium(options: { now?: string } = {}): Promise<MediumContext> {
  const database = await createTestDatabase();
  const work = mkdtempSync(join(tmpdir(), 'recon-medium-'));
  Object.assign(process.env, suiteEnvironment(database, join(work, 'uploads'), join(work, 'keys')));
  const clock = new ManualClock(new Date(options.now ?? '2026-01-15T12:00:00Z'));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config: loadConfig(), clock }), {
    logger: false,
  });
  const db = app.get(TransactionRunner);
  const ctx: MediumContext = {
    app,
    db,
    clock,
    database,
    get: (type) => app.get(type),
    organiser: async () =>
      toAuthUser(await db.read((m) => m.findOneByOrFail(UserEntity, { email: ADMIN_EMAIL }))),
    newActor: async (role, overrides) =>
      toAuthUser((await factories.newUser(ctx, role, { password: null, ...overrides })).user),
    newJudge: async (affiliations, overrides) =>
      toAuthUser((await factories.newJudge(ctx, affiliations, { password: null, ...overrides })).user),
    newEdition: (overrides) => factories.newEdition(ctx, overrides),
    newTrack: (edition, overrides) => factories.newTrack(ctx, edition, overrides),
    newInstitution: (overrides) => factories.newInstitution(ctx, overrides),
    newNomination: (track, nominee, overrides) => factories.newNomination(ctx, track, nominee, overrides),
    newJudgedEdition: (options) => newJudgedEdition(ctx, options),
    async close() {
      await app.close();
      await database.drop();
      rmSync(work, { recursive: true, force: true });
    },
  };
  return ctx;
}
