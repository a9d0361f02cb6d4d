import { Body, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { ChangePasswordDto } from '../../../users/dto/user.dto';
import { UserAdminService } from '../../../users/user-admin.service';
import { emptyForm, FormState, text, toDto } from '../../form';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { PASSWORD_PAGE } from './password.view';

/**
 * Changing one's own password. Every token of the account is revoked by the change, this session's too: the
 * page then asks to sign in again with the new password.
 */
@ApiExcludeController()
@WebController()
export class PasswordPageController {
  constructor(
    private readonly pages: Pages,
    private readonly admin: UserAdminService,
  ) {}

  @Get('cuenta/contrasena')
  @Authenticated()
  show(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.render(request, reply, emptyForm());
  }

  @Post('cuenta/contrasena')
  @Authenticated()
  change(
    @Auth() actor: AuthUser,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { currentPassword: text(body, 'currentPassword'), newPassword: text(body, 'newPassword') };
    return this.pages.submit(request, reply, {
      // Passwords are never typed back into a form.
      values: {},
      act: async () => {
        await this.admin.changeOwnPassword(actor, await toDto(ChangePasswordDto, values));
        return { to: '/entrar', notice: 'passwordChanged' };
      },
      again: (form, status) => this.render(request, reply, form, status),
    });
  }

  private render(request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) {
    return this.pages.render(
      request,
      reply,
      PASSWORD_PAGE,
      { title: this.pages.translate(request, 'password.title'), form },
      { form, status },
    );
  }
}
