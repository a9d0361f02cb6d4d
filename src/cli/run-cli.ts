import { ConsoleLogger, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigurationError, validateEnvironment } from '../config/environment';
import { CliCommand, CliContext, EXIT, UsageError } from './command';
import { helpText } from './commands/help.command';
import { Progress } from './progress';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Nest's console logger, on stderr only: stdout carries the command's result. */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _stream?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack);
  }
}

function logLevels(env: NodeJS.ProcessEnv): LogLevel[] {
  switch (env.LOG_LEVEL) {
    case 'silent':
      return [];
    case 'debug':
    case 'trace':
      return ['fatal', 'error', 'warn', 'log', 'debug'];
    default:
      return ['fatal', 'error', 'warn'];
  }
}

/** Boots the application without HTTP: the same modules, configuration and database as the server. */
export async function bootAppContext(env: NodeJS.ProcessEnv): Promise<INestApplicationContext> {
  validateEnvironment(env);
  return NestFactory.createApplicationContext(AppModule.forRoot(), {
    logger: new StderrLogger('cli', { logLevels: logLevels(env) }),
    abortOnError: false,
  });
}

/**
 * Runs one command line (`<command> [args…]`) and returns the exit code. Bad usage prints the command's
 * usage; failures print a message, without a stack trace unless LOG_LEVEL=debug.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly CliCommand[],
  boot: (env: NodeJS.ProcessEnv) => Promise<INestApplicationContext> = bootAppContext,
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
  const ctx: CliContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    commands,
    app: () => (app ??= boot(io.env)),
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
