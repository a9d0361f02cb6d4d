import { registerAs } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const DEV_SECRET_FILE = resolve('db/.jwt-secret');

/**
 * Outside production a missing JWT_SECRET is replaced by a random one kept in db/.jwt-secret (owner-only),
 * so a fresh clone is secure by default and tokens survive a restart. Production refuses to start without
 * one (see environment.ts). Several instances must share an explicit JWT_SECRET.
 */
function developmentSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(DEV_SECRET_FILE), { recursive: true });
  writeFileSync(DEV_SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}

export const authConfig = registerAs('auth', () => ({
  jwtSecret: process.env.JWT_SECRET ?? developmentSecret(),
  jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? '8h',
  adminEmail: (process.env.ADMIN_EMAIL ?? 'admin@reconocimientos.local').toLowerCase(),
  adminPassword: process.env.ADMIN_PASSWORD,
  adminPasswordFile: resolve(process.env.ADMIN_PASSWORD_FILE ?? 'db/initial-admin-password.txt'),
  throttleLimit: Number(process.env.AUTH_THROTTLE_LIMIT ?? 10),
  throttleTtlMs: Number(process.env.AUTH_THROTTLE_TTL_SECONDS ?? 60) * 1000,
}));

export type AuthConfig = ReturnType<typeof authConfig>;
