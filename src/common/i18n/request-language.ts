import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Language, pickLanguage } from './language';

/** The language the request asks for (Accept-Language), Spanish when it asks for neither. */
export const RequestLanguage = createParamDecorator((_data: unknown, ctx: ExecutionContext): Language =>
  pickLanguage(
    ctx.switchToHttp().getRequest<{ headers: Record<string, string> }>().headers['accept-language'],
  ),
);
