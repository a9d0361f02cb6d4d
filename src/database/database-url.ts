import { resolve } from 'node:path';

export type DatabaseSettings =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string };

export const DEFAULT_SQLITE_PATH = 'db/awards.sqlite';

/** `sqlite:<path>` (default db/awards.sqlite) or `postgres://…`. */
export function parseDatabaseUrl(url: string | undefined): DatabaseSettings {
  if (!url) return { dialect: 'sqlite', path: resolve(DEFAULT_SQLITE_PATH) };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return { dialect: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  throw new Error(`DATABASE_URL must be sqlite:<path> or postgres://…, got "${url}"`);
}

/**
 * The dialect the process runs on; entity column types depend on it. Never throws: it is read while entity
 * modules load, before the configuration is validated (which names a malformed DATABASE_URL).
 */
export function currentDialect(): DatabaseSettings['dialect'] {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'sqlite';
}
