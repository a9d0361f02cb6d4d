import { Body, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated, Public } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { startPageOf } from '../../../access/viewer-menu';
import { AccessErrors } from '../../../access/access.errors';
import { AuthService } from '../../../auth/auth.service';
import { LoginDto } from '../../../auth/dto/login.dto';
import { STATES } from '../../../catalog/states';
import { DomainException } from '../../../common/errors/domain-exception';
import { statusOf } from '../../../common/errors/error-response';
import { INSTITUTION_LEVELS, InstitutionKind } from '../../../database/schema/institution.entity';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { RegisterNominatorDto } from '../../../users/dto/user.dto';
import { UserAdminService } from '../../../users/user-admin.service';
import { UsersService } from '../../../users/users.service';
import { toAuthUser } from '../../../access/auth-user';
import { renewCsrfSecret } from '../../csrf';
import { emptyForm, FormState, formWithError, optional, text, toDto } from '../../form';
import { Pages } from '../../pages';
import { endSession, startSession } from '../../../auth/session';
import { safeNext } from '../../web-exception.filter';
import { WebController } from '../../web-routes';
import { REGISTER_PAGE, REGISTERED_PAGE, SIGN_IN_PAGE } from './session.view';

/** Sign-in, sign-out and the nominators' self-registration. */
@ApiExcludeController()
@WebController()
export class SessionPageController {
  constructor(
    private readonly pages: Pages,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly admin: UserAdminService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get('entrar')
  @Public()
  signInForm(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('siguiente') next?: string,
  ): Promise<void> {
    return this.showSignIn(request, reply, emptyForm({ siguiente: safeNext(next) ?? '' }));
  }

  @Post('entrar')
  @Public()
  @UseGuards(ThrottlerGuard)
  async signIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown) {
    const values = { email: text(body, 'email'), siguiente: safeNext(text(body, 'siguiente')) ?? '' };
    try {
      const dto = await toDto(LoginDto, {
        email: optional(body, 'email'),
        password: text(body, 'password') || undefined,
      });
      // The same check as POST /api/auth/login (passport-local): disabled accounts and wrong passwords fail alike.
      const user = await this.users.verifyCredentials(dto.email, dto.password);
      if (!user) throw new DomainException(AccessErrors.INVALID_CREDENTIALS);
      const { accessToken, expiresIn } = await this.auth.issueToken(toAuthUser(user));
      startSession(reply, accessToken, expiresIn);
      renewCsrfSecret(request, reply);
      this.pages.redirect(reply, values.siguiente || startPageOf(user.role));
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const form = formWithError(error, values, this.pages.language(request));
      await this.showSignIn(request, reply, form, statusOf(error.kind));
    }
  }

  @Post('salir')
  @Authenticated()
  async signOut(@Auth() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.auth.logout(actor);
    endSession(reply);
    renewCsrfSecret(request, reply);
    this.pages.redirect(reply, '/entrar', 'signedOut');
  }

  @Get('registro')
  @Public()
  registerForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.showRegister(request, reply, emptyForm());
  }

  @Post('registro')
  @Public()
  @UseGuards(ThrottlerGuard)
  async register(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown) {
    const values: Record<string, unknown> = {};
    for (const name of [
      'name',
      'email',
      'institutionId',
      'institution.name',
      'institution.kind',
      'institution.level',
      'institution.stateCode',
    ]) {
      values[name] = text(body, name);
    }
    const newInstitution = optional(body, 'institution.name');
    try {
      const dto = await toDto(RegisterNominatorDto, {
        name: optional(body, 'name'),
        email: optional(body, 'email'),
        password: text(body, 'password') || undefined,
        institutionId: optional(body, 'institutionId'),
        institution:
          newInstitution && !optional(body, 'institutionId')
            ? {
                name: newInstitution,
                kind: optional(body, 'institution.kind'),
                level: optional(body, 'institution.level'),
                stateCode: optional(body, 'institution.stateCode'),
              }
            : undefined,
      });
      const user = await this.admin.register(dto, this.pages.language(request));
      await this.pages.render(request, reply, REGISTERED_PAGE, {
        title: this.t(request, 'register.doneTitle'),
        registered: user,
      });
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, values);
      await this.showRegister(request, reply, form, status);
    }
  }

  private async showSignIn(request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) {
    await this.pages.render(
      request,
      reply,
      SIGN_IN_PAGE,
      { title: this.t(request, 'signIn.title') },
      { form, status },
    );
  }

  private async showRegister(request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) {
    const institutions = await this.institutions.list(null);
    await this.pages.render(
      request,
      reply,
      REGISTER_PAGE,
      {
        title: this.t(request, 'register.title'),
        institutions,
        kinds: Object.values(InstitutionKind),
        levels: INSTITUTION_LEVELS,
        states: STATES,
      },
      { form, status },
    );
  }

  private t(request: FastifyRequest, key: string): string {
    return this.pages.translate(request, key);
  }
}
