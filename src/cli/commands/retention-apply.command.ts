import { CliCommand, EXIT, parseCommandArgs } from '../command';

export const retentionApplyCommand: CliCommand = {
  name: 'retention:apply',
  description:
    'Erase the contacts, files and accounts of non-winners of editions past their retention period',
  usage: 'retention:apply [--dry-run] [--json]',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    const app = await ctx.app();
    const { RetentionService } = await import('../../privacy/retention.service');
    const service = app.get(RetentionService);
    const dryRun = values['dry-run'] === true;
    const plans = dryRun ? await service.plan() : await service.apply(null);
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify({ dryRun, editions: plans })}\n`);
      return EXIT.OK;
    }
    if (plans.length === 0) {
      ctx.stdout.write('No edition is past its retention period.\n');
      return EXIT.OK;
    }
    const verb = dryRun ? 'Would erase' : 'Erased';
    for (const p of plans) {
      ctx.stdout.write(
        `${p.editionKey} (due ${p.dueAt.toISOString()}): ${verb} the contacts of ${p.nominations.length} ` +
          `non-winning nominations (${p.nominations.join(', ') || '—'}), ${p.files} files, ` +
          `${p.accounts.length} accounts, ${p.mails} mails.\n`,
      );
    }
    return EXIT.OK;
  },
};
