import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { buildDataSourceOptions } from './data-source-options';

/** For the TypeORM CLI: `npx typeorm-ts-node-commonjs -d src/database/data-source.ts migration:show`. */
export default new DataSource(buildDataSourceOptions(loadConfig().database));
