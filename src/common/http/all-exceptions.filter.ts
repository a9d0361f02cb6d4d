import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pickLanguage } from '../i18n/language';
import { toErrorBody } from '../errors/to-error-body';

/** The one place where errors become HTTP responses (Nest routes Fastify's own errors here too). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly bodyLimit: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const language = pickLanguage(request.headers['accept-language']);
    const body = toErrorBody(exception, language, { bodyLimit: this.bodyLimit });
    if (body.statusCode >= 500) this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
    if (reply.sent) return;
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
