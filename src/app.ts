import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import { Eta } from 'eta';
import { Logger } from 'nestjs-pino';
import { AppModule, AppModuleOptions } from './app.module';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { createValidationPipe } from './common/validation/validation.pipe';
import { loadConfig } from './config/config';
import { PublishedAnswers } from './common/http/published-answers';
import { PublishedResponseCache } from './common/http/published-response-cache';
import { requestId } from './common/http/request-id';
import { recordRoute } from './common/http/route-registry';
import { registerJsonBodyParser } from './common/http/json-body';
import { answerClientError } from './common/http/client-error';
import './common/http/large-body';
import { VIEWS_DIR, WEB_PATHS } from './web/web-routes';

export interface CreateAppOptions extends AppModuleOptions {
  /** Keep Nest's own bootstrap logging quiet (tests). */
  quiet?: boolean;
}

/** Builds the whole application; main.ts listens on it, the e2e suites drive it in-process. */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // Fail fast, before any module starts, with every configuration problem named.
  const config = options.config ?? loadConfig();
  const { app: settings } = config;
  const adapter = new FastifyAdapter({
    // The largest body any route accepts (bundle import); smaller routes are held to bodyLimit by a hook below.
    bodyLimit: Math.max(settings.bodyLimit, settings.bundleLimit),
    trustProxy: settings.trustProxy,
    requestIdHeader: false,
    genReqId: requestId,
    // Refused by Node's HTTP parser (431, Transfer-Encoding conflicts): still the common error body.
    clientErrorHandler: answerClientError,
  });
  // First of all, before Nest adds its middleware (request logging) to the instance: final public answers
  // (published results, the winners page) come from memory, without the rest of the pipeline; the routes that
  // gave them offer them after they ran (published-response-cache.ts, the onSend hook below).
  const published = new PublishedResponseCache();
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    if (!published.serve(request.raw, reply.raw, request.id)) return done();
    void reply.hijack();
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ ...options, config }),
    adapter,
    {
      bufferLogs: true,
      logger: options.quiet ? false : undefined,
    },
  );
  app.useLogger(app.get(Logger));
  app.get(PublishedAnswers).onForget((editionId) => published.forgetMatching(editionId));

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Only routes marked @LargeBody() accept more than the default body limit.
  fastify.addHook('onRoute', (route) => {
    recordRoute(fastify, route);
    const wantsLarge = route.config?.largeBody;
    if (!wantsLarge) route.bodyLimit = settings.bodyLimit;
  });

  // Security headers (helmet), the middleware built once. @fastify/helmet rebuilt it — CSP string included — on
  // every request: about 8% of the server's CPU when answering a public read (docs/performance.md).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  // Attachments: limits are enforced again per request in upload-receiver.ts.
  await app.register(multipart, { limits: { fileSize: settings.uploadLimit, files: 1 } });
  if (settings.corsOrigins.length > 0)
    app.enableCors({ origin: [...settings.corsOrigins], credentials: true });
  // Pages (src/web): session and CSRF cookies, server-rendered templates; their paths stay outside /api.
  // Secure in production: the default of every cookie the pages set (session, CSRF, language).
  await app.register(cookie, { parseOptions: { secure: settings.secureCookies } });
  fastify.decorateRequest('cookiePrefix', settings.secureCookies ? '__Host-' : '');
  // After the cookie plugin's own onSend hook, so that a cookie set by the route is seen (and not kept).
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.routeOptions.config?.immutableWhenPublic) {
      published.offer(request.raw, reply.statusCode, reply.getHeaders(), payload);
    }
    done(null, payload);
  });
  app.setViewEngine({ engine: { eta: new Eta() }, templates: VIEWS_DIR });

  app.setGlobalPrefix('api', { exclude: WEB_PATHS });
  app.useGlobalPipes(createValidationPipe());
  // Nest routes Fastify's own errors (bad JSON, oversize body) through this filter too.
  app.useGlobalFilters(new AllExceptionsFilter(settings.bodyLimit));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Reconocimientos API')
      .setDescription('Nominations, judging and results of the open-government recognitions')
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });

  await app.init();
  // Nest registers its body parsers in init(); the JSON one is replaced by the depth-checking one before start.
  registerJsonBodyParser(fastify);
  await fastify.ready();
  return app;
}
