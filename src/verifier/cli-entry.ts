// verificador.js: the public results verifier as one self-contained file (docs/results.md, "Verifying").
// Usage: node verificador.js paquete-publico.json [--keys llaves.json] [--sha256 <hash>] [--json]
import { parseArgs } from 'node:util';
import { verifyFiles } from './verify-files';

const USAGE =
  'Uso / usage: node verificador.js <paquete-publico.json> [--keys <llaves.json>] [--sha256 <hash>] [--json]\n';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { keys: { type: 'string' }, sha256: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || (values.sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(values.sha256))) {
    process.stderr.write(USAGE);
    return 2;
  }
  return verifyFiles(
    { bundlePath: positionals[0], keysPath: values.keys, sha256: values.sha256, json: values.json ?? false },
    { stdout: process.stdout, stderr: process.stderr },
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
