import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

/*
 * openapi-typescript's CommonJS build requires ESM-only packages (change-case, parse-json…): Node loads them,
 * Jest's module runtime does not, so the types are generated in a child Node process.
 */
const GENERATE = `
const { default: openapiTS, astToString } = require('openapi-typescript');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  process.stdout.write(astToString(await openapiTS(JSON.parse(input))));
});
`;

/** TypeScript declarations (`paths`, `components`, `operations`) of an OpenAPI document. */
export function generateTypes(document: object): string {
  return execFileSync(process.execPath, ['-e', GENERATE], {
    cwd: process.cwd(),
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Writes the files to a fresh directory and type-checks them strictly; the diagnostics, formatted. */
export function typeCheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'recon-openapi-'));
  const names = Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const program = ts.createProgram(names, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
