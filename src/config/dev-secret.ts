import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const DEV_SECRET_FILE = 'db/.jwt-secret';

/**
 * Outside production a missing JWT_SECRET is replaced by a random one kept in db/.jwt-secret (owner-only),
 * so a fresh clone is secure by default and tokens survive a restart. Production refuses to start without
 * one (see config.ts). Several instances must share an explicit JWT_SECRET.
 */
export function developmentSecret(): string {
  const file = resolve(DEV_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
