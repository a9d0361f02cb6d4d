import { resolve } from 'node:path';

/**
 * Templates (`pages/<page>/*.eta`, `shared/*.eta`) and static files (`assets/`), read beside this compiled file:
 * src/web under ts-node and Jest, dist/src/web after `npm run build` (scripts/copy-web-files.js copies them there).
 */
export const WEB_ROOT = __dirname;
export const VIEWS_DIR = WEB_ROOT;
export const ASSETS_DIR = resolve(WEB_ROOT, 'assets');
