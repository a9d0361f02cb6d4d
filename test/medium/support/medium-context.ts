import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../../src/app.module';
import { AuthUser } from '../../../src/access/auth-user';
import { ManualClock } from '../../../src/common/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { TransactionRunner } from '../../../src/database/transaction-runner';
import { EditionEntity } from '../../../src/database/schema/edition.entity';
import { TrackEntity } from '../../../src/database/schema/track.entity';
import { InstitutionEntity } from '../../../src/database/schema/institution.entity';
import { NominationEntity } from '../../../src/database/schema/nomination.entity';
import { Role, UserEntity } from '../../../src/database/schema/user.entity';
import { toAuthUser } from '../../../src/access/auth-user';
import * as factories from '../../support/factories';
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
  /** A user of `role` (FACTORY_PASSWORD), as an actor. */
  newActor(role: Role, overrides?: Parameters<typeof factories.newUser>[2]): Promise<AuthUser>;
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
  close(): Promise<void>;
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
    newActor: async (role, overrides) => toAuthUser((await factories.newUser(ctx, role, overrides)).user),
    newEdition: (overrides) => factories.newEdition(ctx, overrides),
    newTrack: (edition, overrides) => factories.newTrack(ctx, edition, overrides),
    newInstitution: (overrides) => factories.newInstitution(ctx, overrides),
    newNomination: (track, nominee, overrides) => factories.newNomination(ctx, track, nominee, overrides),
    async close() {
      await app.close();
      await database.drop();
      rmSync(work, { recursive: true, force: true });
    },
  };
  return ctx;
}
