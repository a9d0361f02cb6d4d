import { relative, resolve } from 'node:path';
import { WEB_ROOT } from './web-root';

/**
 * A page's template, typed by the view model it renders: `Pages.render` only accepts that model (plus the
 * title). Made with the page folder's `__dirname`, so it resolves the same from src/ (tests) and dist/ (build).
 */
export interface PageTemplate<V> {
  /** Path under WEB_ROOT, without the .eta extension (e.g. `pages/home/home`). */
  readonly path: string;
  /** Never set: carries the view model's type. */
  readonly view?: V;
}

export function pageTemplate<V>(dir: string, name: string): PageTemplate<V> {
  return { path: relative(WEB_ROOT, resolve(dir, name)).split('\\').join('/') };
}
