import { Body, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountTokenPurpose } from '../../../database/schema/account-token.entity';
import { AccountsService } from '../../../accounts/accounts.service';
import { AccountErrors } from '../../../accounts/accounts.errors';
import { RedeemLinkDto } from '../../../accounts/dto/account-link.dto';
import { Public } from '../../../access/access.decorators';
import { CommonErrors } from '../../../common/errors/common.errors';
import { DomainException } from '../../../common/errors/domain-exception';
import { emptyForm, FormState, text, toDto } from '../../form';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { SET_PASSWORD_PAGE, setPasswordView } from './set-password.view';
import { setPasswordTexts } from './set-password.texts';

/** The two passwords typed differ: a problem of the confirmation field, in both languages. */
const MISMATCH = new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
  {
    field: 'passwordConfirm',
    code: 'mismatch',
    message: { es: setPasswordTexts.es.setPassword.mismatch, en: setPasswordTexts.en.setPassword.mismatch },
  },
]);

/**
 * The page a mailed link opens (`/contrasena/nueva?token=…`): an invitation's first password or a reset. The
 * token travels in a hidden field of the form, never in a logged URL (request lines redact `token=`).
 */
@ApiExcludeController()
@WebController()
export class SetPasswordPageController {
  constructor(
    private readonly pages: Pages,
    private readonly accounts: AccountsService,
  ) {}

  @Get('contrasena/nueva')
  @Public()
  show(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('token') token?: string) {
    return this.render(request, reply, emptyForm({ token: token ?? '' }));
  }

  @Post('contrasena/nueva')
  @Public()
  @UseGuards(ThrottlerGuard)
  save(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown) {
    const token = text(body, 'token');
    return this.pages.submit(request, reply, {
      values: { token },
      act: async () => {
        const link = await this.accounts.describe(token);
        if (!link) throw new DomainException(AccountErrors.LINK_INVALID);
        const dto = await toDto(RedeemLinkDto, { token, password: text(body, 'password') || undefined });
        if (text(body, 'passwordConfirm') !== dto.password) throw MISMATCH;
        await this.accounts.redeem(link.purpose, dto.token, dto.password);
        const invited = link.purpose === AccountTokenPurpose.INVITATION;
        return { to: '/entrar', notice: invited ? 'invitationAccepted' : 'passwordSet' };
      },
      again: (form, status) => this.render(request, reply, form, status),
    });
  }

  private async render(request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) {
    const token = typeof form.values.token === 'string' ? form.values.token : '';
    const view = setPasswordView(await this.accounts.describe(token));
    return this.pages.render(
      request,
      reply,
      SET_PASSWORD_PAGE,
      { title: this.pages.translate(request, view.titleKey), view },
      { form, status },
    );
  }
}
