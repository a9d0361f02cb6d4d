import { CliCommand, EXIT, parseCommandArgs } from '../command';

export const bundleSchemaCommand: CliCommand = {
  name: 'bundle:schema',
  description: 'Print the JSON Schema of the edition bundle (docs/bundle.schema.json)',
  usage: 'bundle:schema',
  async run(ctx, args) {
    parseCommandArgs(args, {});
    const { buildBundleSchema } = await import('../../bundle/bundle-schema');
    ctx.stdout.write(`${JSON.stringify(buildBundleSchema(), null, 2)}\n`);
    return EXIT.OK;
  },
};
