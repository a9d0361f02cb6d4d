import { readFile } from 'node:fs/promises';
import { DomainException } from '../../common/errors/domain-exception';
import { renderError } from '../../common/errors/error-response';
import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';
import { Progress } from '../progress';

const EDITION_KEY = /^[A-Za-z0-9_.-]{1,80}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const bundleImportCommand: CliCommand = {
  name: 'bundle:import',
  description: 'Import a bundle file as a new edition (all or nothing); prints the new edition id',
  usage: 'bundle:import <file> [--id <uuid>] [--as-key <key>] [--json]',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { id: { type: 'string' }, 'as-key': { type: 'string' }, json: { type: 'boolean', default: false } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('give one bundle file');
    if (values.id !== undefined && !UUID.test(values.id))
      throw new UsageError(`--id "${values.id}" is not a UUID`);
    const asKey = values['as-key'];
    if (asKey !== undefined && !EDITION_KEY.test(asKey))
      throw new UsageError(`--as-key "${asKey}" is not an edition key (letters, digits, _ . -; up to 80)`);
    let input: unknown;
    try {
      input = JSON.parse(await readFile(positionals[0], 'utf8'));
    } catch (error) {
      ctx.stderr.write(`bundle:import: cannot read ${positionals[0]}: ${(error as Error).message}\n`);
      return EXIT.FAILED;
    }
    const app = await ctx.app();
    const { BundleService } = await import('../../bundle/bundle.service');
    const bars = new Map<string, Progress>();
    try {
      const edition = await app.get(BundleService).importBundle(null, input, {
        editionId: values.id,
        asKey,
        onProgress: (section, done, total) => {
          if (!bars.has(section)) bars.set(section, ctx.progress(`bundle:import: ${section}`));
          bars.get(section)!.update(done, total);
        },
      });
      for (const bar of bars.values()) bar.end();
      if (values.json) ctx.stdout.write(`${JSON.stringify(edition)}\n`);
      else ctx.stdout.write(`Imported edition "${edition.key}" (${edition.name}) as ${edition.id}\n`);
      return EXIT.OK;
    } catch (error) {
      for (const bar of bars.values()) bar.end();
      if (!(error instanceof DomainException)) throw error;
      const body = renderError(error, 'en');
      ctx.stderr.write(`bundle:import: ${body.message}\n`);
      for (const problem of body.errors ?? []) ctx.stderr.write(`  ${problem.message}\n`);
      return EXIT.FAILED;
    }
  },
};
