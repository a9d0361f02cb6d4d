import { readFile } from 'node:fs/promises';
import type { AwardLine } from '../../results/public-bundle';
import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';

/**
 * Anyone's check of published results: recompute the awards from the public bundle (its rubric, settings,
 * nominations, score sheets and overrides) with the same scoring code, and compare with the seal.
 */
export const resultsVerifyCommand: CliCommand = {
  name: 'results:verify',
  description:
    'Recompute the awards from a public bundle and check them and the seal hash; exit 1 on any mismatch',
  usage: 'results:verify <public-bundle.json> [--sha256 <expected hash>] [--json]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean', default: false }, sha256: { type: 'string' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give the public bundle file');
    const expected = values.sha256;
    if (expected !== undefined && !/^[0-9a-fA-F]{64}$/.test(expected)) {
      throw new UsageError('--sha256 must be 64 hexadecimal digits');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(positionals[0], 'utf8'));
    } catch (error) {
      ctx.stderr.write(`results:verify: cannot read ${positionals[0]}: ${(error as Error).message}\n`);
      return EXIT.FAILED;
    }
    const { verifyPublicBundle } = await import('../../results/public-bundle');
    const report = verifyPublicBundle(parsed);
    // A hash announced elsewhere (e.g. read out at the ceremony) must also be the bundle's seal.
    const announcedMatches =
      expected === undefined ||
      (report.expectedSha256 !== null && expected.toLowerCase() === report.expectedSha256);
    const ok = report.ok && announcedMatches;
    if (values.json) {
      ctx.stdout.write(
        `${JSON.stringify({ ...report, ok, announcedSha256: expected ?? null, announcedMatches })}\n`,
      );
      return ok ? EXIT.OK : EXIT.FAILED;
    }
    const out: string[] = [];
    if (report.error) out.push(`ERROR: ${report.error}`);
    out.push(`Seal SHA-256:                   ${report.expectedSha256 ?? '-'}`);
    out.push(
      `Recomputed from the bundle data: ${report.recomputedSha256 ?? '-'} ${mark(report.dataMatchesSeal)}`,
    );
    if (report.publishedSha256) {
      out.push(
        `Sealed document in the bundle:   ${report.publishedSha256} ${mark(report.publishedSha256 === report.expectedSha256)}`,
      );
    }
    if (report.documentReport && !report.documentReport.documentMatches) {
      out.push('The sealed document does not recompute to itself from its own sheets and overrides.');
    }
    if (expected !== undefined)
      out.push(`Announced hash ${expected.toLowerCase()} ${mark(announcedMatches)}`);
    out.push('', 'Awards (sealed → recomputed):');
    for (const line of awardsTable(report.awards.sealed, report.awards.recomputed)) out.push(line);
    if (report.mismatches.length > 0) {
      out.push('', 'Mismatches:');
      for (const m of report.mismatches.slice(0, 50)) {
        out.push(
          `  ${m.trackCode}${m.categoryKey ? `/${m.categoryKey}` : ''} ${m.nominationKey} ${m.field}: ` +
            `sealed ${JSON.stringify(m.published)}, recomputed ${JSON.stringify(m.recomputed)}`,
        );
      }
      if (report.mismatches.length > 50) out.push(`  … and ${report.mismatches.length - 50} more`);
    }
    out.push(
      '',
      ok ? 'VERIFIED: the awards and the seal hash match.' : 'NOT VERIFIED: see the mismatches above.',
    );
    ctx.stdout.write(`${out.join('\n')}\n`);
    return ok ? EXIT.OK : EXIT.FAILED;
  },
};

function mark(ok: boolean): string {
  return ok ? '✓ match' : '✗ MISMATCH';
}

function awardsTable(sealed: AwardLine[], recomputed: AwardLine[]): string[] {
  const key = (l: AwardLine) => `${l.trackCode}\u0000${l.categoryKey ?? ''}\u0000${l.award}`;
  const holders = (l: AwardLine | undefined) =>
    !l ? '(none)' : l.nominationKeys.length === 0 ? 'DESIERTO' : l.nominationKeys.join(', ');
  const again = new Map(recomputed.map((l) => [key(l), l]));
  const keys = [...new Set([...sealed.map(key), ...recomputed.map(key)])];
  const byKey = new Map(sealed.map((l) => [key(l), l]));
  return keys.map((k) => {
    const s = byKey.get(k);
    const r = again.get(k);
    const line = (s ?? r)!;
    const same = holders(s) === holders(r);
    return (
      `  ${same ? '✓' : '✗'} ${line.trackCode}${line.categoryKey ? `/${line.categoryKey}` : ''} ${line.award}: ` +
      (same ? holders(s) : `${holders(s)} → ${holders(r)}`)
    );
  });
}
