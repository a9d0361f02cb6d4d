import { ConsoleLogger, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { Config, LogLevel as ConfigLogLevel } from '../config/config';

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

function logLevels(level: ConfigLogLevel): LogLevel[] {
  switch (level) {
    case 'silent':
      return [];
    case 'debug':
    case 'trace':
      return ['fatal', 'error', 'warn', 'log', 'debug'];
    case 'fatal':
    case 'error':
    case 'warn':
    case 'info':
      return ['fatal', 'error', 'warn'];
  }
}

/** Boots the application without HTTP: the same modules, configuration and database as the server. */
export async function bootAppContext(config: Config): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(AppModule.forRoot({ config }), {
    logger: new StderrLogger('cli', { logLevels: logLevels(config.app.logLevel) }),
    abortOnError: false,
  });
}
