import { registerAs } from '@nestjs/config';
import { parseDatabaseUrl } from '../database/database-url';

export const databaseConfig = registerAs('database', () => parseDatabaseUrl(process.env.DATABASE_URL));

export type DatabaseConfig = ReturnType<typeof databaseConfig>;
