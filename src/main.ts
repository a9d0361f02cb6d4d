import { createApp } from './app';
import { restrictNewFiles } from './common/files/private-files';
import { Config } from './config/config';
import { ConfigurationError } from './config/configuration-error';

async function main(): Promise<void> {
  // The database, its WAL, uploads, mail copies and keys are created owner-only.
  restrictNewFiles();
  const app = await createApp();
  const { port, host } = app.get(Config).app;
  await app.listen(port, host);
}

main().catch((error: unknown) => {
  // A configuration problem is the operator's to fix: say what, without a stack trace.
  if (error instanceof ConfigurationError) {
    process.stderr.write(`Reconocimientos cannot start.\n${error.message}\n`);
  } else {
    process.stderr.write(
      `Reconocimientos cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
