/** What a database driver error says, whichever driver raised it (TypeORM copies the driver's `code`). */
interface DriverError {
  code?: unknown;
  driverError?: { code?: unknown };
}

const UNIQUE_CODES = new Set([
  '23505', // PostgreSQL unique_violation
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
]);

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as DriverError;
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A write refused by a unique constraint. Services check uniqueness first and say what collides; this is the
 * safety net for a race or a check forgotten, so that the caller gets a 409 and not a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && UNIQUE_CODES.has(code);
}
