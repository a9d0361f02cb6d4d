import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseSettings } from '../config/database-url';
import { ENTITIES } from './schema';
import { MIGRATIONS } from '../../db/migrations';

/** One set of options for the application, the tests and the TypeORM CLI (db/data-source.ts). */
export function buildDataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all' as const,
    synchronize: false,
    logging: false,
  };
  switch (settings.dialect) {
    case 'sqlite':
      if (settings.path !== ':memory:') mkdirSync(dirname(settings.path), { recursive: true, mode: 0o700 });
      return {
        ...common,
        type: 'better-sqlite3',
        database: settings.path,
        enableWAL: true,
        timeout: 10_000,
        prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
          db.pragma('busy_timeout = 10000');
          db.pragma('foreign_keys = ON');
          // WAL + NORMAL: a committed transaction survives a crash of the process (the WAL is in the OS
          // cache); only a power loss can take the last few. See docs/reliability.md.
          db.pragma('synchronous = NORMAL');
          // Deleted and overwritten content is zeroed in the file: an erased name leaves no trace (docs/privacy.md).
          db.pragma('secure_delete = ON');
        },
      };
    case 'postgres':
      return { ...common, type: 'postgres', url: settings.url, extra: { max: 20 } };
  }
}
