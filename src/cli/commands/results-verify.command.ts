import { CliCommand, parseCommandArgs, UsageError } from '../command';

/**
 * Anyone's check of published results: recompute the awards from the public bundle (its rubric, settings,
 * nominations, score sheets and overrides) with the same scoring code, and compare with the seal; check each
 * seal version's signature and the chain of versions. The same code as verificador.js (src/verifier).
 */
export const resultsVerifyCommand: CliCommand = {
  name: 'results:verify',
  description:
    'Recompute the awards from a public bundle and check them, the seal hash, the signatures and the chain of versions; exit 1 on any mismatch',
  usage: 'results:verify <public-bundle.json> [--sha256 <expected hash>] [--keys <keys.json>] [--json]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean', default: false }, sha256: { type: 'string' }, keys: { type: 'string' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give the public bundle file');
    const expected = values.sha256;
    if (expected !== undefined && !/^[0-9a-fA-F]{64}$/.test(expected)) {
      throw new UsageError('--sha256 must be 64 hexadecimal digits');
    }
    // Loaded on use: the CLI's help loads no command's dependencies.
    const { verifyFiles } = await import('../../verifier/verify-files');
    return verifyFiles(
      { bundlePath: positionals[0], keysPath: values.keys, sha256: expected, json: values.json },
      ctx,
    );
  },
};
