import { ConsoleLogger, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { validateEnvironment } from '../config/environment';

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
