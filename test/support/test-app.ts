import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app';
import { ManualClock } from '../../src/common/clock/clock';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { createTestDatabase, TestDatabase } from './test-database';

export const ADMIN_EMAIL = 'organizador@example.org';
export const ADMIN_PASSWORD = 'Organizador-2018';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly http: TestAgent;
  readonly clock: ManualClock;
  readonly db: TransactionRunner;
  readonly database: TestDatabase;
  readonly uploadsDir: string;
  /** Signs in and returns the bearer token. */
  login(email?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  now?: string;
}

/**
 * The environment of a suite's application: its database, folders of its own, a fresh JWT secret, the first
 * organiser's credentials, no SMTP (local mail beside the uploads; mail suites set SMTP_URL to their own server),
 * silent logs. Shared by the e2e and medium suites.
 */
export function suiteEnvironment(
  database: TestDatabase,
  uploadsDir: string,
  keyDir: string,
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    UPLOADS_DIR: uploadsDir,
    SEAL_KEY_DIR: keyDir,
    AUTH_THROTTLE_LIMIT: '10000',
    LOG_LEVEL: 'silent',
    MAIL_DIR: `${uploadsDir}-mail`,
    SMTP_URL: '',
  };
}

/** Boots the real application in-process on a database of its own, with a clock the test controls. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const uploadsDir = mkdtempSync(join(tmpdir(), 'recon-uploads-'));
  const keyDir = mkdtempSync(join(tmpdir(), 'recon-keys-'));
  Object.assign(process.env, suiteEnvironment(database, uploadsDir, keyDir), options.env);
  const clock = new ManualClock(new Date(options.now ?? '2026-01-15T12:00:00Z'));
  const app = await createApp({ clock, quiet: true });
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    clock,
    db: app.get(TransactionRunner),
    database,
    uploadsDir,
    async login(email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
      const res = await http.post('/api/auth/login').send({ email, password }).expect(200);
      return (res.body as { accessToken: string }).accessToken;
    },
    async close() {
      await app.close();
      await database.drop();
      rmSync(uploadsDir, { recursive: true, force: true });
      rmSync(`${uploadsDir}-mail`, { recursive: true, force: true });
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}
