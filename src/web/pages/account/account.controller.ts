import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../auth/access.decorators';
import { AuthUser } from '../../../auth/auth-user';
import { Permission } from '../../../auth/permissions';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { RejectUserDto } from '../../../users/dto/user.dto';
import { UserAdminService } from '../../../users/user-admin.service';
import { userActions } from '../../../users/user-actions';
import { emptyForm, FormState, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Notice, Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { ACCOUNT_PAGE } from './account.view';

/** One account: reject a pending nominator with a reason, disable or re-enable it. */
@ApiExcludeController()
@WebController()
export class AccountPageController {
  constructor(
    private readonly pages: Pages,
    private readonly admin: UserAdminService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get('organizacion/usuarios/:id')
  @Authenticated(Permission.USER_READ)
  show(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.render(auth, id, request, reply, emptyForm());
  }

  @Post('organizacion/usuarios/:id/rechazar')
  @Authenticated(Permission.USER_MANAGE)
  reject(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(
      auth,
      id,
      request,
      reply,
      'rejected',
      { reason: text(body, 'reason') },
      async (values) => {
        await this.admin.reject(auth, id, await toDto(RejectUserDto, values));
      },
    );
  }

  @Post('organizacion/usuarios/:id/deshabilitar')
  @Authenticated(Permission.USER_MANAGE)
  disable(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(auth, id, request, reply, 'disabled', {}, () => this.admin.disable(auth, id));
  }

  @Post('organizacion/usuarios/:id/habilitar')
  @Authenticated(Permission.USER_MANAGE)
  enable(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(auth, id, request, reply, 'enabled', {}, () => this.admin.enable(auth, id));
  }

  private act(
    auth: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    notice: Notice,
    values: Record<string, string>,
    run: (values: Record<string, string>) => Promise<unknown>,
  ) {
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await run(values);
        return { to: `/organizacion/usuarios/${id}`, notice };
      },
      again: (form, status) => this.render(auth, id, request, reply, form, status),
    });
  }

  private async render(
    auth: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    rejectForm: FormState,
    status?: number,
  ) {
    const account = await this.admin.get(auth, id);
    const institution = account.institutionId
      ? await this.institutions.get(auth, account.institutionId)
      : null;
    await this.pages.render(
      request,
      reply,
      ACCOUNT_PAGE,
      {
        title: account.name,
        account,
        institutionName: institution?.name ?? null,
        can: userActions(auth, account),
        rejectForm,
      },
      { status },
    );
  }
}
