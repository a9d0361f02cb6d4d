import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from './database-url';
import { buildDataSourceOptions } from './data-source-options';

/** For the TypeORM CLI: `npx typeorm-ts-node-commonjs -d src/database/data-source.ts migration:show`. */
export default new DataSource(buildDataSourceOptions(parseDatabaseUrl(process.env.DATABASE_URL)));
