import { ConfigType } from '@nestjs/config';
import { createApp } from './app';
import { appConfig } from './config/app.config';
import { ConfigurationError } from './config/environment';

async function main(): Promise<void> {
  const app = await createApp();
  const config = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  await app.listen(config.port, config.host);
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
