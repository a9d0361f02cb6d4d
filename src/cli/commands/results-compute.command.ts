import { DomainException } from '../../common/errors/domain-exception';
import { renderError } from '../../common/errors/error-response';
import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The results preview of every track of an edition, as the organisers' page shows it. */
export const resultsComputeCommand: CliCommand = {
  name: 'results:compute',
  description: 'Compute the results preview of an edition (ranks, awards, ties, quorum, blockers)',
  usage: 'results:compute <editionId> [--json]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean', default: false } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give the edition id');
    const [editionId] = positionals;
    if (!UUID.test(editionId)) throw new UsageError(`"${editionId}" is not an edition id (UUID)`);
    const app = await ctx.app();
    const { ResultsService } = await import('../../results/results.service');
    let tracks;
    try {
      tracks = await app.get(ResultsService).previewEdition(null, editionId);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      ctx.stderr.write(`results:compute: ${renderError(error, 'en').message} (edition ${editionId})\n`);
      return EXIT.FAILED;
    }
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify(tracks)}\n`);
      return EXIT.OK;
    }
    const out: string[] = [];
    for (const t of tracks) {
      out.push(`${t.track.code} — ${t.track.name} (${t.method}; quorum ${t.settings.minReviews})`);
      for (const c of t.categories) {
        if (c.categoryKey) out.push(`  category ${c.categoryKey}`);
        for (const r of c.rows) {
          const award = r.finalAward.pending ? 'PENDING' : (r.finalAward.award ?? '');
          const flags = [
            r.tie ? 'tie' : '',
            r.overridden ? 'override' : '',
            r.robustness?.fragile ? 'fragile' : '',
          ]
            .filter(Boolean)
            .join(',');
          out.push(
            `    ${String(r.rank ?? r.unrankedReason ?? '').padEnd(14)} ${r.nomination.key.padEnd(12)} ` +
              `${r.aggregate === null ? '—'.padStart(11) : r.aggregate.toFixed(6).padStart(11)}  ${award.padEnd(18)} ${flags}`,
          );
        }
        if (c.desierto.final.length > 0) out.push(`    DESIERTO: ${c.desierto.final.join(', ')}`);
      }
      for (const b of t.blockers) {
        out.push(
          `  BLOCKER ${b.code}${b.categoryKey ? ` (${b.categoryKey})` : ''}: ${b.nominations.map((n) => n.key).join(', ')}`,
        );
      }
      out.push('');
    }
    const finalisable = tracks.every((t) => t.finalisable);
    out.push(finalisable ? 'Finalisable: no blockers.' : 'Not finalisable: resolve the blockers above.');
    ctx.stdout.write(`${out.join('\n')}\n`);
    return EXIT.OK;
  },
};
