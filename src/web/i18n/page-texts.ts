/**
 * A page's own texts, Spanish first. `en` must have exactly the keys of `es` (nested groups included): a missing
 * or extra key is a type error, and messages.spec.ts checks the same at run time for every page.
 */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export interface PageTexts<T> {
  readonly es: T;
  readonly en: Texts<T>;
}

export function pageTexts<T extends object>(texts: { es: T; en: Texts<T> }): PageTexts<T> {
  return texts;
}
