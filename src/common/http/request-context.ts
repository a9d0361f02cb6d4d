import type { FastifyRequest } from 'fastify';
import { Language, pickLanguage } from '../i18n/language';

export function requestLanguage(request: FastifyRequest): Language {
  return pickLanguage(request.headers['accept-language']);
}
