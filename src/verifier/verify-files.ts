import { readFile } from 'node:fs/promises';
import { nodeSignatureCheck } from '../domain/verification/node-signature';
import type { PublishedKey } from '../domain/verification/public-bundle.types';
import { verificationText } from '../domain/verification/report-text';
import { verifyPublicBundle } from '../domain/verification/verify-bundle';

export interface VerifyFilesRequest {
  bundlePath: string;
  /** The organisation's key list (GET /api/public/keys), when obtained separately. */
  keysPath?: string;
  /** A hash announced elsewhere (e.g. read out at the ceremony): the bundle's seal must be it. */
  sha256?: string;
  json: boolean;
}

export interface VerifyFilesIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Verifies a public bundle file and prints the report: what `results:verify` and verificador.js both run.
 * Returns the exit code: 0 when everything matches, 1 otherwise.
 */
export async function verifyFiles(request: VerifyFilesRequest, io: VerifyFilesIo): Promise<0 | 1> {
  let parsed: unknown;
  let trustedKeys: PublishedKey[] | undefined;
  try {
    parsed = JSON.parse(await readFile(request.bundlePath, 'utf8'));
    if (request.keysPath !== undefined) {
      trustedKeys = (JSON.parse(await readFile(request.keysPath, 'utf8')) as { keys?: PublishedKey[] }).keys;
      if (!Array.isArray(trustedKeys)) throw new Error(`${request.keysPath} has no "keys" list`);
    }
  } catch (error) {
    io.stderr.write(`cannot read the input: ${(error as Error).message}\n`);
    return 1;
  }
  const report = await verifyPublicBundle(parsed, { checkSignature: nodeSignatureCheck, trustedKeys });
  const expected = request.sha256?.toLowerCase();
  const announcedMatches = expected === undefined || expected === report.expectedSha256;
  const ok = report.ok && announcedMatches;
  if (request.json) {
    io.stdout.write(
      `${JSON.stringify({ ...report, ok, announcedSha256: expected ?? null, announcedMatches })}\n`,
    );
    return ok ? 0 : 1;
  }
  const out = verificationText({ ...report, ok }, { trustedKeys: trustedKeys !== undefined });
  if (expected !== undefined) {
    out.splice(
      out.length - 2,
      0,
      '',
      `Announced hash ${expected} ${announcedMatches ? '✓ match' : '✗ MISMATCH'}`,
    );
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return ok ? 0 : 1;
}
