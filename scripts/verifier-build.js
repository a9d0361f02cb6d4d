// The two builds of the results verifier (docs/results.md, "Verifying"), with esbuild:
//   verificador.js — one self-contained file for Node (`node verificador.js paquete.json`, no npm install);
//   verificar.js   — the browser bundle behind the "Verificar estos resultados" button (IIFE, no inline script).
// `npm run build` writes them to dist/verifier/; running from the sources, the server builds them in memory.
'use strict';
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const BROWSER_CRYPTO = join(ROOT, 'src', 'verifier', 'browser-node-crypto.ts');
const BANNER =
  '/* Verificador de resultados de Reconocimientos: recalcula los premios de un paquete público y comprueba ' +
  'huellas, firmas y versiones del sello. Código fuente: src/domain/verification. */';

/** esbuild options per output file. */
function verifierBuilds() {
  const common = {
    bundle: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    tsconfig: join(ROOT, 'tsconfig.json'),
    banner: { js: BANNER },
  };
  return {
    'verificador.js': {
      ...common,
      entryPoints: [join(ROOT, 'src', 'verifier', 'cli-entry.ts')],
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      banner: { js: `#!/usr/bin/env node\n${BANNER}` },
    },
    'verificar.js': {
      ...common,
      entryPoints: [join(ROOT, 'src', 'verifier', 'browser.ts')],
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      plugins: [
        {
          // The domain hashes with node:crypto's createHash; browsers get a plain TypeScript SHA-256.
          name: 'browser-crypto',
          setup(build) {
            build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: BROWSER_CRYPTO }));
          },
        },
      ],
    },
  };
}

/** Builds one file; resolves to its bytes. */
async function buildVerifier(name) {
  const esbuild = require('esbuild');
  const options = verifierBuilds()[name];
  if (!options) throw new Error(`unknown verifier build ${name}`);
  const result = await esbuild.build(options);
  return Buffer.from(result.outputFiles[0].contents);
}

module.exports = { buildVerifier, VERIFIER_FILES: Object.keys(verifierBuilds()) };

if (require.main === module) {
  const { mkdirSync, writeFileSync } = require('node:fs');
  const out = join(ROOT, 'dist', 'verifier');
  mkdirSync(out, { recursive: true });
  Promise.all(
    module.exports.VERIFIER_FILES.map(async (name) => {
      const body = await buildVerifier(name);
      writeFileSync(join(out, name), body, { mode: name === 'verificador.js' ? 0o755 : 0o644 });
      process.stdout.write(`dist/verifier/${name}: ${body.length} bytes\n`);
    }),
  ).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
