import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_LANGUAGE, Language } from '../../common/i18n/language';
import { cookieName, cookieOptions, LANGUAGE_COOKIE, readCookie } from '../../auth/session';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

function asLanguage(value: unknown): Language | null {
  return value === 'es' || value === 'en' ? value : null;
}

/**
 * The language of a page: `?lang=es|en` (the switch in every page, remembered in a cookie), else the cookie,
 * else Spanish. Pages are Spanish first: the browser's Accept-Language does not switch them to English.
 */
export function pageLanguage(request: FastifyRequest, reply?: FastifyReply): Language {
  const query = asLanguage((request.query as Record<string, unknown> | undefined)?.lang);
  const cookie = asLanguage(readCookie(request, LANGUAGE_COOKIE));
  if (query && reply && query !== cookie) {
    void reply.setCookie(cookieName(request, LANGUAGE_COOKIE), query, cookieOptions(ONE_YEAR_SECONDS));
  }
  return query ?? cookie ?? DEFAULT_LANGUAGE;
}
