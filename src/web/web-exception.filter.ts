import { ArgumentsHost, Catch, ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorKind } from '../common/errors/domain-exception';
import { renderError } from '../common/errors/error-response';
import { toDomainException } from '../common/errors/to-error-body';
import { Pages } from './pages';
import { ERROR_PAGE } from './shared/error.view';
import { endSession, readCookie, SESSION_COOKIE } from '../auth/session';

/** Only paths of this site, never another origin ("//evil.example" or "/\evil.example" included). */
export function safeNext(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 500) return null;
  if (!/^\/(?![/\\])[^\s]*$/.test(value)) return null;
  return value;
}

/**
 * Errors of the pages become pages: a sign-in redirect for anonymous callers (and expired sessions), a
 * 403 page for roles that may not, 404 for "not there or not yours", and the domain error's own message,
 * in the page's language, for everything else. Forms that can show field problems catch their errors
 * themselves (see form.ts); this filter is the net below them.
 */
@Catch()
@Injectable()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebErrors');

  constructor(private readonly pages: Pages) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return;
    const error = toDomainException(exception);
    if (error.kind === ErrorKind.UNAUTHENTICATED) {
      if (readCookie(request, SESSION_COOKIE)) endSession(reply);
      const next = request.method === 'GET' ? safeNext(request.url) : null;
      this.pages.redirect(reply, next ? `/entrar?siguiente=${encodeURIComponent(next)}` : '/entrar');
      return;
    }
    const language = this.pages.language(request);
    const body = renderError(error, language);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error on a page');
    }
    try {
      await this.pages.render(
        request,
        reply,
        ERROR_PAGE,
        { title: String(body.statusCode), error: body },
        { status: body.statusCode },
      );
    } catch (renderFailure) {
      this.logger.error({ err: renderFailure, reqId: request.id }, 'Error page failed to render');
      if (!reply.sent) {
        void reply
          .status(body.statusCode)
          .header('content-type', 'text/plain; charset=utf-8')
          .send(body.message);
      }
    }
  }
}
