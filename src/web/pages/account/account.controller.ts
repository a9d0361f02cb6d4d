import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { ErasureService } from '../../../privacy/erasure.service';
import { RectifyUserDto, RejectUserDto } from '../../../users/dto/user.dto';
import { UserAdminService } from '../../../users/user-admin.service';
import { userActions } from '../../../users/user-actions';
import { emptyForm, FormState, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Notice, Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { assertTyped } from '../../typed-confirmation';
import { ACCOUNT_PAGE, AccountView } from './account.view';

type AccountForm = keyof Pick<AccountView, 'rejectForm' | 'rectifyForm' | 'eraseForm'>;

/**
 * One account: reject a pending nominator with a reason, disable or re-enable it, rectify the person's name or
 * address, erase their personal data (typed confirmation).
 */
@ApiExcludeController()
@WebController()
export class AccountPageController {
  constructor(
    private readonly pages: Pages,
    private readonly admin: UserAdminService,
    private readonly institutions: InstitutionsService,
    private readonly erasure: ErasureService,
  ) {}

  @Get('organizacion/usuarios/:id')
  @Authenticated(Permission.USER_READ)
  show(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.render(actor, id, request, reply);
  }

  @Post('organizacion/usuarios/:id/rechazar')
  @Authenticated(Permission.USER_MANAGE)
  reject(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(
      actor,
      id,
      request,
      reply,
      'rejected',
      { reason: text(body, 'reason') },
      async (values) => {
        await this.admin.reject(actor, id, await toDto(RejectUserDto, values));
      },
      'rejectForm',
    );
  }

  @Post('organizacion/usuarios/:id/rectificar')
  @Authenticated(Permission.USER_MANAGE)
  rectify(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { name: text(body, 'name'), email: text(body, 'email') };
    return this.act(
      actor,
      id,
      request,
      reply,
      'rectified',
      values,
      async () => {
        await this.admin.rectify(actor, id, await toDto(RectifyUserDto, values));
      },
      'rectifyForm',
    );
  }

  @Post('organizacion/usuarios/:id/suprimir')
  @Authenticated(Permission.USER_MANAGE)
  erase(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { confirmacion: text(body, 'confirmacion') };
    return this.act(
      actor,
      id,
      request,
      reply,
      'erased',
      values,
      async () => {
        assertTyped(values.confirmacion, 'ERASE');
        await this.erasure.erase(actor, id);
      },
      'eraseForm',
    );
  }

  @Post('organizacion/usuarios/:id/deshabilitar')
  @Authenticated(Permission.USER_MANAGE)
  disable(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(actor, id, request, reply, 'disabled', {}, () => this.admin.disable(actor, id));
  }

  @Post('organizacion/usuarios/:id/habilitar')
  @Authenticated(Permission.USER_MANAGE)
  enable(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(actor, id, request, reply, 'enabled', {}, () => this.admin.enable(actor, id));
  }

  private act(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    notice: Notice,
    values: Record<string, string>,
    run: (values: Record<string, string>) => Promise<unknown>,
    form: AccountForm = 'rejectForm',
  ) {
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await run(values);
        return { to: `/organizacion/usuarios/${id}`, notice };
      },
      again: (state, status) => this.render(actor, id, request, reply, { [form]: state }, status),
    });
  }

  private async render(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    forms: Partial<Record<AccountForm, FormState>> = {},
    status?: number,
  ) {
    const account = await this.admin.get(actor, id);
    const institution = account.institutionId
      ? await this.institutions.get(actor, account.institutionId)
      : null;
    await this.pages.render(
      request,
      reply,
      ACCOUNT_PAGE,
      {
        title: account.name,
        account,
        institutionName: institution?.name ?? null,
        can: userActions(actor, account),
        rejectForm: forms.rejectForm ?? emptyForm(),
        rectifyForm: forms.rectifyForm ?? emptyForm({ name: account.name, email: account.email ?? '' }),
        eraseForm: forms.eraseForm ?? emptyForm(),
      },
      { status },
    );
  }
}
