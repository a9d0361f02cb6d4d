import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// The repository's root: src/verifier/ in the sources, dist/src/verifier/ once compiled.
const ROOT = resolve(__dirname, '..', '..', ...(__filename.endsWith('.ts') ? [] : ['..']));

export type VerifierFile = 'verificador.js' | 'verificar.js';
export const VERIFIER_FILES: readonly VerifierFile[] = ['verificador.js', 'verificar.js'];

export interface VerifierAsset {
  readonly body: Buffer;
  /** Lower-case hex SHA-256 of the body: shown on the results page, so a downloaded copy can be checked. */
  readonly sha256: string;
  readonly etag: string;
}

interface VerifierBuildScript {
  buildVerifier(name: VerifierFile): Promise<Buffer>;
}

/**
 * The verifier's two files (scripts/verifier-build.js). A built installation serves what `npm run build` wrote
 * to dist/verifier/; running from the TypeScript sources (development, tests), or from a dist/ built by tsc
 * alone, they are built in memory with esbuild on first use, so they always match the code that runs.
 */
@Injectable()
export class VerifierAssets {
  private readonly files = new Map<VerifierFile, Promise<VerifierAsset>>();

  get(name: VerifierFile): Promise<VerifierAsset> {
    let file = this.files.get(name);
    if (!file) {
      file = this.load(name).then((body) => {
        const sha256 = createHash('sha256').update(body).digest('hex');
        return { body, sha256, etag: `"${sha256}"` };
      });
      this.files.set(name, file);
      file.catch(() => this.files.delete(name));
    }
    return file;
  }

  private async load(name: VerifierFile): Promise<Buffer> {
    if (!__filename.endsWith('.ts')) {
      const built = await readFile(join(ROOT, 'dist', 'verifier', name)).catch(() => null);
      if (built) return built;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const script = require(join(ROOT, 'scripts', 'verifier-build.js')) as VerifierBuildScript;
    return script.buildVerifier(name);
  }
}
