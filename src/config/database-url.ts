import { resolve } from 'node:path';

export type DatabaseSettings =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string };

export const DEFAULT_SQLITE_PATH = 'db/awards.sqlite';

const POSTGRES_URL = /^postgres(ql)?:\/\/./;

/** `sqlite:<path>` (default db/awards.sqlite) or `postgres://…`. */
export function parseDatabaseUrl(url: string | undefined): DatabaseSettings {
  if (!url) return { dialect: 'sqlite', path: resolve(DEFAULT_SQLITE_PATH) };
  if (POSTGRES_URL.test(url)) return { dialect: 'postgres', url };
  if (url.startsWith('sqlite:') && url.length > 'sqlite:'.length) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return { dialect: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  throw new Error(`DATABASE_URL must be sqlite:<path> or postgres://user@host:port/database, got "${url}"`);
}

/**
 * The dialect the process runs on; entity column types depend on it. It is read while entity modules load,
 * before the configuration is validated (which names a malformed DATABASE_URL), so it never throws.
 */
export function currentDialect(): DatabaseSettings['dialect'] {
  return POSTGRES_URL.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'sqlite';
}
