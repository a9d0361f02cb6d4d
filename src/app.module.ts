import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BundleModule } from './bundle/bundle.module';
import { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import { AppLoggerModule } from './common/http/logger.module';
import { Config, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EditionsModule } from './editions/editions.module';
import { ExportsModule } from './exports/exports.module';
import { GovernanceModule } from './governance/governance.module';
import { HealthModule } from './health/health.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { JudgingModule } from './judging/judging.module';
import { MailModule } from './mail/mail.module';
import { NominationsModule } from './nominations/nominations.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ResultsModule } from './results/results.module';
import { UsersModule } from './users/users.module';
import { VerifierModule } from './verifier/verifier.module';
import { WebModule } from './web/web.module';

export interface AppModuleOptions {
  /** Replaces the system clock (tests move time with a ManualClock). */
  clock?: Clock;
  /** The configuration made at boot; read from the environment when not given. */
  config?: Config;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config ?? loadConfig()),
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
        GovernanceModule,
        ResultsModule,
        ExportsModule,
        PrivacyModule,
        VerifierModule,
        WebModule,
      ],
    };
  }
}
