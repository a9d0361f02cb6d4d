import { writePrivateFile } from '../../common/files/private-files';
import { DomainException } from '../../common/errors/domain-exception';
import { renderError } from '../../common/errors/error-response';
import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const bundleExportCommand: CliCommand = {
  name: 'bundle:export',
  description: 'Write an edition as a bundle (JSON, docs/bundle.md) to a file, or to stdout with "-"',
  usage: 'bundle:export <editionId> <file|->',
  async run(ctx, args) {
    const { positionals } = parseCommandArgs(args, {}, true);
    if (positionals.length !== 2) throw new UsageError('give the edition id and the output file');
    const [editionId, file] = positionals;
    if (!UUID.test(editionId)) throw new UsageError(`"${editionId}" is not an edition id (UUID)`);
    const app = await ctx.app();
    const { BundleService } = await import('../../bundle/bundle.service');
    const progress = ctx.progress('bundle:export: sections read');
    let bundle;
    try {
      bundle = await app
        .get(BundleService)
        .exportBundle(null, editionId, (done, total) => progress.update(done, total));
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      ctx.stderr.write(`bundle:export: ${renderError(error, 'en').message} (edition ${editionId})\n`);
      return EXIT.FAILED;
    } finally {
      progress.end();
    }
    const json = `${JSON.stringify(bundle, null, 2)}\n`;
    if (file === '-') ctx.stdout.write(json);
    else {
      await writePrivateFile(file, json);
      ctx.stderr.write(
        `bundle:export: edition "${bundle.edition.key}" written to ${file} (${Buffer.byteLength(json)} bytes, ` +
          `${bundle.nominations.length} nominations)\n`,
      );
    }
    return EXIT.OK;
  },
};
