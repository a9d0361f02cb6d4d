import { ColumnOptions } from 'typeorm';
import { currentDialect } from '../config/database-url';

/**
 * Column types that differ by dialect, chosen once for the process. Instants are `timestamptz` on
 * PostgreSQL and `datetime` (UTC text) on SQLite; migrations use the same table through `columnTypes()`.
 */
export interface ColumnTypes {
  instant: 'timestamptz' | 'datetime';
  double: 'double precision' | 'real';
}

export function columnTypes(dialect = currentDialect()): ColumnTypes {
  return dialect === 'postgres'
    ? { instant: 'timestamptz', double: 'double precision' }
    : { instant: 'datetime', double: 'real' };
}

export function instantColumn(options: Omit<ColumnOptions, 'type'> = {}): ColumnOptions {
  return { ...options, type: columnTypes().instant };
}

export function doubleColumn(options: Omit<ColumnOptions, 'type'> = {}): ColumnOptions {
  return { ...options, type: columnTypes().double };
}
