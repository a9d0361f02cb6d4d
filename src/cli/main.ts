import 'reflect-metadata';
import { restrictNewFiles } from '../common/files/private-files';
import { processEnvironment } from '../config/config';
import { COMMANDS } from './commands';
import { runCli } from './run-cli';

/** `npm run cli -- <command> [args]`; `npm run cli -- help` lists the commands. */
restrictNewFiles();
runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: processEnvironment() },
  COMMANDS,
)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  });
