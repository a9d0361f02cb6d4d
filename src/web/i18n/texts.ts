import { Language } from '../../common/i18n/language';

/**
 * The texts of one language shaped like `T` (a page's Spanish texts): the same keys, every leaf a string. A page
 * writes `const es = {…}; const en: Texts<typeof es> = {…}`, so a key missing or extra in English does not compile.
 */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** A page's (or the shared) texts in both languages; top-level keys are the namespaces templates use (`home.title`). */
export type PageTexts = Record<Language, Record<string, unknown>>;

/** Dotted paths of every string leaf, for comparing two languages at run time (texts.spec.ts). */
export function textKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (node === null || typeof node !== 'object') return [`${prefix} (not a text)`];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    textKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Keys present in one language and not the other (empty when both languages have the same texts). */
export function missingKeys(texts: PageTexts): { es: string[]; en: string[] } {
  const es = new Set(textKeys(texts.es));
  const en = new Set(textKeys(texts.en));
  return { es: [...en].filter((k) => !es.has(k)), en: [...es].filter((k) => !en.has(k)) };
}
