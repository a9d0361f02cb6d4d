import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BundleModule } from './bundle/bundle.module';
import { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import { AppLoggerModule } from './common/http/logger.module';
import { appConfig } from './config/app.config';
import { authConfig } from './config/auth.config';
import { databaseConfig } from './config/database.config';
import { mailConfig } from './config/mail.config';
import { sealConfig } from './config/seal.config';
import { validateEnvironment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { EditionsModule } from './editions/editions.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { JudgingModule } from './judging/judging.module';
import { MailModule } from './mail/mail.module';
import { NominationsModule } from './nominations/nominations.module';
import { ResultsModule } from './results/results.module';
import { UsersModule } from './users/users.module';
import { VerifierModule } from './verifier/verifier.module';
import { WebModule } from './web/web.module';

export interface AppModuleOptions {
  /** Replaces the system clock (tests move time with a ManualClock). */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          cache: false,
          load: [appConfig, authConfig, databaseConfig, mailConfig, sealConfig],
          validate: validateEnvironment,
        }),
        ClockModule.forRoot(options.clock),
        AppLoggerModule,
        DatabaseModule,
        AuditModule,
        MailModule,
        UsersModule,
        AccountsModule,
        AuthModule,
        HealthModule,
        EditionsModule,
        InstitutionsModule,
        NominationsModule,
        BundleModule,
        JudgingModule,
        ResultsModule,
        ExportsModule,
        VerifierModule,
        WebModule,
      ],
    };
  }
}
