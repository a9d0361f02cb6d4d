import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pickLanguage } from '../i18n/language';
import { toErrorBody } from '../errors/to-error-body';

/** The one place where errors become HTTP responses. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly bodyLimit: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendError(reply, request, exception, this.bodyLimit, this.logger);
  }
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  exception: unknown,
  bodyLimit: number,
  logger: Pick<Logger, 'error'>,
): void {
  const body = toErrorBody(exception, pickLanguage(request.headers['accept-language']), { bodyLimit });
  if (body.statusCode >= 500) {
    logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
  }
  if (reply.sent) return;
  void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
}
