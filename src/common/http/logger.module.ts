import type { IncomingMessage } from 'node:http';
import { ConfigType } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { appConfig } from '../../config/app.config';
import { requestId } from './request-id';

/** Structured logs (pino) with the request id of every request. */
export const AppLoggerModule = LoggerModule.forRootAsync({
  inject: [appConfig.KEY],
  useFactory: (config: ConfigType<typeof appConfig>) => ({
    pinoHttp: {
      level: config.logLevel,
      // Fastify already gave the request its id (see request-id.ts); pino-http reuses it.
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? requestId(req),
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // The health probe is polled constantly; its lines would drown the rest.
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
    },
  }),
});
