import { ChainBreakReason } from '../../domain/audit/verify-chain';
import { CliCommand, EXIT, intOption, parseCommandArgs } from '../command';

const EXPLANATION: Record<ChainBreakReason, string> = {
  HASH_MISMATCH: 'its content does not match its hash (the entry was edited)',
  PREV_HASH_MISMATCH:
    'its prevHash is not the hash of the entry before it (an earlier entry was rewritten or removed)',
  SEQ_GAP: 'its seq does not follow the previous one (entries were removed)',
};

export const auditVerifyCommand: CliCommand = {
  name: 'audit:verify',
  description: 'Recompute every hash of the audit trail; exit 1 naming the first broken entry',
  usage: 'audit:verify [--json] [--page-size <n>]',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean', default: false },
      'page-size': { type: 'string' },
    });
    const pageSize = intOption(values['page-size'], 'page-size', 1000);
    const app = await ctx.app();
    const { AuditService } = await import('../../audit/audit.service');
    const progress = ctx.progress('audit:verify: entries checked');
    const result = await app
      .get(AuditService)
      .verify(null, { pageSize, onProgress: (done, total) => progress.update(done, total) });
    progress.end();
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify(result)}\n`);
    } else if (result.firstBroken) {
      const { seq, id, reason } = result.firstBroken;
      ctx.stdout.write(
        `Audit trail BROKEN at seq ${seq} (entry ${id}): ${reason}: ${EXPLANATION[reason]}.\n` +
          `${entries(result.count)} checked; stored head: seq ${result.headSeq}, hash ${result.head}\n`,
      );
    } else {
      ctx.stdout.write(
        `Audit trail intact: ${entries(result.count)}; head: seq ${result.headSeq}, hash ${result.head}\n`,
      );
    }
    if (!values.json) {
      const found = result.anchors.filter((a) => a.ok).length;
      ctx.stdout.write(`Seal anchors found in the chain: ${found} of ${result.anchors.length}\n`);
      for (const a of result.anchors.filter((x) => !x.ok)) {
        ctx.stdout.write(`  NOT FOUND: ${a.label} (seq ${a.seq}, hash ${a.hash})\n`);
      }
      const { checked, altered } = result.personalValues;
      ctx.stdout.write(`Personal values held apart: ${checked} checked, ${altered} altered\n`);
    }
    return result.ok ? EXIT.OK : EXIT.FAILED;
  },
};

function entries(n: number): string {
  return n === 1 ? '1 entry' : `${n} entries`;
}
