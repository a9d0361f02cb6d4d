import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { LevelWithSilent } from 'pino';
import { Config } from '../../config/config';
import { serializeError } from '../errors/loggable-error';
import { requestId } from './request-id';

/**
 * Anonymous reads of published material: the results (JSON, CSV, bundle, certificates), the winners page and
 * the static files of the pages. On 13 April they are the whole traffic.
 */
const PUBLIC_READ = /^\/(api\/public\/|resultados(\/|$|\?)|assets\/)/;

/**
 * Whether a finished request goes without its "request completed" line: only a successful (< 400) GET or HEAD of
 * public material. Measured (docs/performance.md): one pino line per request was the largest single cost of
 * serving the cached results document during the announcement spike, and those lines record nothing that is
 * not public and unchanging. Every error of those routes (4xx, 5xx) and every other request (sign-in, writes,
 * anything signed-in) is still logged, with its request id.
 */
export function quietPublicRead(req: IncomingMessage, statusCode: number): boolean {
  return (
    statusCode < 400 && (req.method === 'GET' || req.method === 'HEAD') && PUBLIC_READ.test(req.url ?? '')
  );
}

/** Query parameters whose value is a credential: `token`, `access_token`, `password`, `newPassword`, `secret`… */
const CREDENTIAL_PARAM = /([?&][\w.-]*(?:token|password|passwd|secret|contrasena)[\w.-]*=)[^&#]*/gi;

/** `?token=…`, `?password=…` (and the like) replaced by `…=[redacted]`. */
export function redactTokens(url: string): string {
  return url.replace(CREDENTIAL_PARAM, '$1[redacted]');
}

/** Structured logs (pino) with the request id of every request (successful public reads excepted, see above). */
export const AppLoggerModule = LoggerModule.forRootAsync({
  inject: [Config],
  useFactory: ({ app }: Config) => ({
    pinoHttp: {
      level: app.logLevel,
      // Fastify already gave the request its id (see request-id.ts); pino-http reuses it.
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? requestId(req),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          // A link from an invitation or reset mail carries its token in the query: never logged.
          url: redactTokens(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        // Database errors without their parameter values (personal data never reaches a log line).
        err: serializeError,
      },
      // The health probe is polled constantly; its lines would drown the rest.
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
      // 'info' is pino-http's own level for these lines (the level they had before this hook existed).
      customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error): LevelWithSilent =>
        !error && quietPublicRead(req, res.statusCode) ? 'silent' : 'info',
    },
  }),
});
