import { Body, Get, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountsService } from '../../../accounts/accounts.service';
import { PasswordResetRequestDto } from '../../../accounts/dto/account-link.dto';
import { Public } from '../../../access/access.decorators';
import { emptyForm, FormState, optional, text, toDto } from '../../form';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { FORGOT_PASSWORD_PAGE } from './forgot-password.view';

/**
 * "¿Olvidó su contraseña?" (linked from the sign-in page): the same answer whatever the address, like
 * POST /api/auth/password-reset, and throttled per client like sign-in.
 */
@ApiExcludeController()
@WebController()
export class ForgotPasswordPageController {
  constructor(
    private readonly pages: Pages,
    private readonly accounts: AccountsService,
  ) {}

  @Get('contrasena/olvido')
  @Public()
  show(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.render(request, reply, emptyForm());
  }

  @Post('contrasena/olvido')
  @Public()
  @UseGuards(ThrottlerGuard)
  ask(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown) {
    return this.pages.submit(request, reply, {
      values: { email: text(body, 'email') },
      act: async () => {
        const dto = await toDto(PasswordResetRequestDto, { email: optional(body, 'email') });
        await this.accounts.requestReset(dto.email);
        return { to: '/contrasena/olvido', notice: 'resetRequested' };
      },
      again: (form, status) => this.render(request, reply, form, status),
    });
  }

  private render(request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) {
    return this.pages.render(
      request,
      reply,
      FORGOT_PASSWORD_PAGE,
      { title: this.pages.translate(request, 'forgotPassword.title') },
      { form, status },
    );
  }
}
