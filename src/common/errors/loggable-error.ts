import { stdSerializers } from 'pino';

interface DatabaseErrorShape {
  name?: string;
  message?: string;
  code?: unknown;
  query?: unknown;
  parameters?: unknown;
  driverError?: { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
}

function isDatabaseError(error: unknown): error is DatabaseErrorShape {
  return (
    !!error &&
    typeof error === 'object' &&
    ('parameters' in error ||
      'driverError' in error ||
      (error as { name?: string }).name === 'QueryFailedError')
  );
}

/**
 * How an error appears in a log line. A database error (TypeORM's QueryFailedError and the driver's own) keeps
 * what locates the problem — SQL with its placeholders, error code, constraint, table, column — and loses what
 * carries data: the parameter values, PostgreSQL's `detail` ("Key (email)=(…) already exists") and any quoted
 * value inside the message ('invalid input syntax for type uuid: "…"'). Other errors go to pino's serializer.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!isDatabaseError(error)) return stdSerializers.err(error as Error);
  const driver = error.driverError ?? {};
  return {
    type: error.name ?? 'DatabaseError',
    message: String(error.message ?? '').replace(/"[^"]*"|'[^']*'|\([^)]*\)=\([^)]*\)/g, '[value]'),
    code: error.code ?? driver.code,
    query: typeof error.query === 'string' ? error.query : undefined,
    constraint: driver.constraint,
    table: driver.table,
    column: driver.column,
  };
}
