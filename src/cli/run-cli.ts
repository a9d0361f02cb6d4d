import type { INestApplicationContext } from '@nestjs/common';
import { Config, loadConfig } from '../config/config';
import { ConfigurationError } from '../config/configuration-error';
import { CliCommand, CliContext, EXIT, UsageError } from './command';
import { helpText } from './commands/help.command';
import { Progress } from './progress';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/**
 * The application is loaded only when a command asks for it: Nest, TypeORM and every module take most of a
 * second to load, and `help` or a usage error must not wait for them.
 */
const bootLazily = async (config: Config): Promise<INestApplicationContext> =>
  (await import('./boot-app')).bootAppContext(config);

/**
 * Runs one command line (`<command> [args…]`) and returns the exit code. Bad usage prints the command's
 * usage; failures print a message, without a stack trace unless LOG_LEVEL=debug.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly CliCommand[],
  boot: (config: Config) => Promise<INestApplicationContext> = bootLazily,
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr).write(helpText(commands));
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${helpText(commands)}`);
    return EXIT.USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.description}\n\nUsage: npm run cli -- ${command.usage}\n`);
    return EXIT.OK;
  }

  let app: Promise<INestApplicationContext> | undefined;
  let config: Config | undefined;
  const ctx: CliContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    commands,
    config: () => (config ??= loadConfig(io.env)),
    app: () => (app ??= Promise.resolve().then(() => boot(ctx.config()))),
    progress: (label) => new Progress(io.stderr, label),
  };
  try {
    return await command.run(ctx, args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${name}: ${error.message}\nUsage: npm run cli -- ${command.usage}\n`);
      return EXIT.USAGE;
    }
    const detail =
      error instanceof ConfigurationError
        ? error.message
        : io.env.LOG_LEVEL === 'debug' && error instanceof Error
          ? (error.stack ?? error.message)
          : error instanceof Error
            ? error.message
            : String(error);
    io.stderr.write(`${name} failed: ${detail}\n`);
    return EXIT.ERROR;
  } finally {
    if (app) await app.then((a) => a.close()).catch(() => undefined);
  }
}
