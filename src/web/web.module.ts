import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { jwtKey } from '../auth/jwt-key';
import { Config } from '../config/config';
import { BundleModule } from '../bundle/bundle.module';
import { EditionsModule } from '../editions/editions.module';
import { ExportsModule } from '../exports/exports.module';
import { GovernanceModule } from '../governance/governance.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { JudgingModule } from '../judging/judging.module';
import { NominationsModule } from '../nominations/nominations.module';
import { ResultsModule } from '../results/results.module';
import { VerifierModule } from '../verifier/verifier.module';
import { UsersModule } from '../users/users.module';
import { PAGE_CONTROLLERS } from './pages/controllers';
import { CsrfGuard } from './csrf';
import { Pages } from './pages';
import { WebExceptionFilter } from './web-exception.filter';

/**
 * Server-rendered pages (docs/web.md): the same services as the API, behind the same AccessGuard, with a
 * session cookie, CSRF tokens and errors rendered as pages.
 */
@Module({
  imports: [
    AuthModule,
    UsersModule,
    AccountsModule,
    InstitutionsModule,
    EditionsModule,
    GovernanceModule,
    PrivacyModule,
    NominationsModule,
    JudgingModule,
    ResultsModule,
    VerifierModule,
    BundleModule,
    ExportsModule,
    // Verifies the session cookie on public pages (to greet a signed-in user); same secret as the API's tokens.
    JwtModule.registerAsync({
      inject: [Config],
      useFactory: ({ auth }: Config) => ({ secret: jwtKey(auth.jwtSecret) }),
    }),
  ],
  controllers: [...PAGE_CONTROLLERS],
  providers: [Pages, WebExceptionFilter, CsrfGuard],
})
export class WebModule {}
