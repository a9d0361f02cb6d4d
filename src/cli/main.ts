import 'reflect-metadata';
import { COMMANDS } from './commands';
import { runCli } from './run-cli';

/** `npm run cli -- <command> [args]`; `npm run cli -- help` lists the commands. */
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, COMMANDS)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  });
