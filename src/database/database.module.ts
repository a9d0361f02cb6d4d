import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Config } from '../config/config';
import { buildDataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

/**
 * Runs the pending migrations (all in one transaction). On PostgreSQL several instances may start at once
 * (a rolling upgrade behind a balancer): a session advisory lock lets one migrate while the others wait and
 * then find nothing pending, instead of racing on the same CREATE TABLEs.
 */
export async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'all' });
    return;
  }
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock(hashtext($1))', ['migrations']);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', ['migrations']).catch(() => undefined);
    await lockHolder.release();
  }
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Config],
      // The schema never comes from synchronize: migrations run at start, below.
      useFactory: (config: Config) => buildDataSourceOptions(config.database),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource({
          ...(options as DataSourceOptions),
          migrationsRun: false,
        }).initialize();
        try {
          await migrate(dataSource);
        } catch (error) {
          await dataSource.destroy().catch(() => undefined);
          throw error;
        }
        return dataSource;
      },
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
