import { Global, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { buildDataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (settings: ConfigType<typeof databaseConfig>) => ({
        ...buildDataSourceOptions(settings),
        // Migrations run at start; the schema never comes from synchronize.
        migrationsRun: true,
      }),
    }),
  ],
  providers: [
    {
      provide: TransactionRunner,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new TransactionRunner(ds),
    },
  ],
  exports: [TransactionRunner],
})
export class DatabaseModule {}
