import { CliCommand, EXIT, parseCommandArgs, UsageError } from '../command';

export const helpCommand: CliCommand = {
  name: 'help',
  description: 'List the commands, or show how to use one',
  usage: 'help [command]',
  async run(ctx, args) {
    const { positionals } = parseCommandArgs(args, {}, true);
    if (positionals.length > 1) throw new UsageError('help takes at most one command name');
    const [name] = positionals;
    if (name) {
      const command = ctx.commands.find((c) => c.name === name);
      if (!command) throw new UsageError(`Unknown command "${name}"`);
      ctx.stdout.write(`${command.description}\n\nUsage: npm run cli -- ${command.usage}\n`);
      return EXIT.OK;
    }
    ctx.stdout.write(helpText(ctx.commands));
    return EXIT.OK;
  },
};

export function helpText(commands: readonly { name: string; description: string }[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [...commands]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => `  ${c.name.padEnd(width)}  ${c.description}`);
  return [
    'Reconocimientos organiser CLI',
    '',
    'Usage: npm run cli -- <command> [options]',
    '       npm run cli -- help <command>',
    '',
    'Commands:',
    ...lines,
    '',
    'Uses the same configuration as the server (DATABASE_URL, …). Exit codes: 0 ok, 1 the check failed,',
    '2 bad usage, 3 could not run.',
    '',
  ].join('\n');
}
