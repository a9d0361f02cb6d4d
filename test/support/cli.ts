import { INestApplicationContext } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { COMMANDS } from '../../src/cli/commands';
import { runCli } from '../../src/cli/run-cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

type Boot = () => Promise<INestApplicationContext>;

/** A boot for commands that only resolve services: they borrow the test app, which must stay open after. */
export function borrowApp(app: Pick<INestApplicationContext, 'get'>): Boot {
  const context = { get: app.get.bind(app), close: async () => undefined };
  return () => Promise.resolve(context as unknown as INestApplicationContext);
}

/** A boot for commands that must work from their arguments alone: booting fails the test. */
export function noBoot(reason: string): Boot {
  return () => Promise.reject(new Error(reason));
}

/** Runs the organiser CLI in this process, capturing what it writes. */
export async function runCliInProcess(
  argv: string[],
  boot: Boot,
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(argv, { stdout, stderr, env }, COMMANDS, boot);
  return { code, out, err };
}
