import type { INestApplicationContext } from '@nestjs/common';
import type { Config } from '../config/config';
import { parseArgs, ParseArgsConfig } from 'node:util';
import { Progress } from './progress';

/** What a command gets to work with. */
export interface CliContext {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Every registered command (for `help`). */
  readonly commands: readonly CliCommand[];
  /**
   * The application without HTTP (same modules, configuration and DATABASE_URL as the server; migrations
   * run), booted on first call and closed when the command ends. Commands that need no database never
   * boot it.
   */
  app(): Promise<INestApplicationContext>;
  /** The validated configuration of the CLI's environment (made on first call; a bad one stops the command). */
  config(): Config;
  /** A progress line on stderr for long work. */
  progress(label: string): Progress;
}

/**
 * One CLI command. Add a command by writing `src/cli/commands/<name>.command.ts` exporting one of these
 * and listing it in `src/cli/commands/index.ts`. A command file imports services, Nest, TypeORM and other
 * heavy modules inside `run()` (`await import(…)`), never at its top: every command file is loaded for `help`,
 * which must answer in a fraction of a second (docs/operations.md).
 */
export interface CliCommand {
  /** `<area>:<verb>`, e.g. `audit:verify`, `users:create`, `bundle:import`. */
  readonly name: string;
  /** One line for `help`. */
  readonly description: string;
  /** Arguments and options, e.g. `audit:verify [--json] [--page-size <n>]`. */
  readonly usage: string;
  /** Returns the exit code (see EXIT). Throw UsageError for bad arguments. */
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/** Exit codes of every command. */
export const EXIT = {
  OK: 0,
  /** The command ran and found a problem (e.g. a broken audit chain). */
  FAILED: 1,
  /** Unknown command, unknown option, missing argument. */
  USAGE: 2,
  /** The command could not run (configuration, database unreachable, unexpected error). */
  ERROR: 3,
} as const;

/** Bad arguments: the runner prints the message and the command's usage, and exits with EXIT.USAGE. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs (strict: unknown options and missing values are usage errors), so commands declare
 * their options in one object and need no argument-parsing dependency.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A positive integer option, or its default. */
export function intOption(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1) {
    throw new UsageError(`--${name} must be a positive integer, got "${String(value)}"`);
  }
  return n;
}
