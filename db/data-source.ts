import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { buildDataSourceOptions } from '../src/database/data-source-options';

/** For the TypeORM CLI: `npx typeorm-ts-node-commonjs -d db/data-source.ts migration:show`. */
export default new DataSource(buildDataSourceOptions(loadConfig().database));
