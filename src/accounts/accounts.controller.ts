import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Auth, Authenticated, Public } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { Language } from '../common/i18n/language';
import { RequestLanguage } from '../common/i18n/request-language';
import { AccountTokenPurpose } from '../database/schema/account-token.entity';
import { AccountsService } from './accounts.service';
import { PasswordResetAcceptedDto, PasswordResetRequestDto, RedeemLinkDto } from './dto/account-link.dto';

const RESET_ACCEPTED: Record<Language, string> = {
  es: 'Si la dirección corresponde a una cuenta, enviamos a ella un enlace para elegir una contraseña nueva.',
  en: 'If the address belongs to an account, a link to choose a new password has been sent to it.',
};

@ApiTags('auth')
@Controller()
export class AccountsController {
  constructor(private readonly service: AccountsService) {}

  /** Always the same 202, whether the address exists or not; throttled per client here, per address inside. */
  @ApiRoute({
    summary: 'Ask for a password-reset link by e-mail (the same answer for any address)',
    ok: PasswordResetAcceptedDto,
    errors: [400, 429],
  })
  @Post('auth/password-reset')
  @Public()
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  async requestReset(
    @Body() dto: PasswordResetRequestDto,
    @RequestLanguage() language: Language,
  ): Promise<PasswordResetAcceptedDto> {
    await this.service.requestReset(dto.email);
    return { message: RESET_ACCEPTED[language] };
  }

  @ApiRoute({
    summary: 'Set a new password with the token of a reset link; every session ends',
    errors: [400, 429],
  })
  @Post('auth/password-reset/confirm')
  @Public()
  @HttpCode(204)
  @UseGuards(ThrottlerGuard)
  confirmReset(@Body() dto: RedeemLinkDto) {
    return this.service.redeem(AccountTokenPurpose.PASSWORD_RESET, dto.token, dto.password);
  }

  @ApiRoute({ summary: 'Set the first password with the token of an invitation', errors: [400, 429] })
  @Post('auth/invitation/accept')
  @Public()
  @HttpCode(204)
  @UseGuards(ThrottlerGuard)
  acceptInvitation(@Body() dto: RedeemLinkDto) {
    return this.service.redeem(AccountTokenPurpose.INVITATION, dto.token, dto.password);
  }

  @ApiRoute({
    summary: 'Send the invitation again (the earlier link stops working)',
    errors: [400, 404, 409],
  })
  @Post('users/:id/invitation')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(204)
  resendInvitation(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.resendInvitation(actor, id);
  }

  @ApiRoute({
    summary: 'Revoke the invitation and disable the account',
    errors: [400, 404, 409],
  })
  @Post('users/:id/invitation/revoke')
  @Authenticated(Permission.USER_MANAGE)
  @HttpCode(204)
  revokeInvitation(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.revokeInvitation(actor, id);
  }
}
