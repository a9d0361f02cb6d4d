import { interpolate, Language } from '../../common/i18n/language';
import { PAGE_TEXTS } from '../pages/texts';
import { PageTexts } from './texts';
import { sharedTexts } from '../shared/shared.texts';

/**
 * Every text of the pages, put together from the shared texts (layout, labels, notices, errors) and each page's
 * own `<page>.texts.ts`. Templates call `it.t('namespace.key', params)` with `{param}` placeholders; messages of
 * domain errors come from the modules' own error definitions, not from here.
 */
export const ALL_TEXTS: readonly PageTexts[] = [sharedTexts, ...PAGE_TEXTS];

function merge(language: Language): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const texts of ALL_TEXTS) {
    for (const [namespace, value] of Object.entries(texts[language])) {
      // Two pages claiming one namespace would silently hide texts: a programming error, caught at start.
      if (namespace in merged) throw new Error(`Page texts: namespace "${namespace}" defined twice`);
      merged[namespace] = value;
    }
  }
  return merged;
}

export const MESSAGES: Record<Language, Record<string, unknown>> = { es: merge('es'), en: merge('en') };

function lookup(messages: Record<string, unknown>, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `t(key, params)` for one language; an unknown key shows as `[[key]]` (the browser tests look for it). */
export function translator(language: Language) {
  const messages = MESSAGES[language];
  return {
    t: (key: string, params?: Record<string, unknown>) => {
      const text = lookup(messages, key);
      return text === undefined ? `[[${key}]]` : interpolate(text, params);
    },
    has: (key: string) => lookup(messages, key) !== undefined,
  };
}
