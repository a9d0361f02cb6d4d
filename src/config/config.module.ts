import { DynamicModule, Global, Module } from '@nestjs/common';
import { Config } from './config';

/** Provides the configuration made at boot (loadConfig) to every module, as `Config`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: Config): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: Config, useValue: config }], exports: [Config] };
  }
}
