import { QueryRunner } from 'typeorm';
import { columnTypes, ColumnTypes } from '../../src/database/column-types';

/** The dialect's column types for a migration, matching what the entities declare. */
export function migrationTypes(queryRunner: QueryRunner): ColumnTypes {
  return columnTypes(queryRunner.connection.options.type === 'postgres' ? 'postgres' : 'sqlite');
}
