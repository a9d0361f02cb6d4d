import { registerAs } from '@nestjs/config';
import { dirname, join, resolve } from 'node:path';
import { parseDatabaseUrl } from '../database/database-url';

/**
 * The seal's signing key and the public address of the site (docs/results.md, "Signatures"). The key is a
 * PKCS#8 PEM Ed25519 private key: SEAL_SIGNING_KEY_FILE, or `seal-signing-key.pem` in SEAL_KEY_DIR (default:
 * the SQLite database's directory, or ./db), generated there on first start (0600, directory 0700).
 */
export const sealConfig = registerAs('seal', () => {
  const database = parseDatabaseUrl(process.env.DATABASE_URL);
  const defaultDir =
    database.dialect === 'sqlite' && database.path !== ':memory:' ? dirname(database.path) : resolve('db');
  const keyDir = resolve(process.env.SEAL_KEY_DIR ?? defaultDir);
  return {
    keyFile: resolve(process.env.SEAL_SIGNING_KEY_FILE ?? join(keyDir, 'seal-signing-key.pem')),
    /** Whether the key was named explicitly (then it must exist: it is never generated). */
    keyFileConfigured: process.env.SEAL_SIGNING_KEY_FILE !== undefined,
    /** Absolute address of the public site, for links printed on certificates (as mail.config reads it). */
    publicBaseUrl: (process.env.PUBLIC_BASE_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(
      /\/+$/,
      '',
    ),
  };
});

export type SealConfig = ReturnType<typeof sealConfig>;
