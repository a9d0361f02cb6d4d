import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { invitationCan } from '../../../users/account-links';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { CreateUserDto, UserQueryDto } from '../../../users/dto/user.dto';
import { UserAdminService } from '../../../users/user-admin.service';
import { UserStatus } from '../../../database/schema/user.entity';
import { UserView } from '../../../users/user.presenter';
import { accountActions, ACCOUNT_ROLES, DEFAULT_NEW_ACCOUNT_ROLE } from '../../../users/user.policy';
import { emptyForm, FormState, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { USERS_PAGE } from './users.view';

const USERS_URL = '/organizacion/usuarios';

@ApiExcludeController()
@WebController()
export class UsersPageController {
  constructor(
    private readonly pages: Pages,
    private readonly institutions: InstitutionsService,
    private readonly admin: UserAdminService,
  ) {}

  @Get('organizacion/usuarios')
  @Authenticated(Permission.USER_READ)
  users(
    @Auth() actor: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('rol') role?: string,
    @Query('estado') status?: string,
    @Query('q') q?: string,
  ) {
    const form = emptyForm({ role: DEFAULT_NEW_ACCOUNT_ROLE });
    return this.show(actor, request, reply, form, undefined, { role, status, q });
  }

  @Post('organizacion/usuarios')
  @Authenticated(Permission.USER_MANAGE)
  createUser(
    @Auth() actor: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: {
        name: text(body, 'name'),
        email: text(body, 'email'),
        role: text(body, 'role'),
        institutionId: text(body, 'institutionId'),
      },
      act: async () => {
        const dto = await toDto(CreateUserDto, {
          name: optional(body, 'name'),
          email: optional(body, 'email'),
          role: optional(body, 'role'),
          password: text(body, 'password') || undefined,
          institutionId: optional(body, 'institutionId'),
        });
        await this.admin.create(actor, dto);
        // Without a password the person was invited by mail (UserAdminService.create).
        return { to: USERS_URL, notice: dto.password ? 'userCreated' : 'userInvited' };
      },
      again: (form, status) => this.show(actor, request, reply, form, status),
    });
  }

  @Post('organizacion/usuarios/:id/aprobar')
  @Authenticated(Permission.USER_MANAGE)
  approve(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.pages.submit(request, reply, {
      values: { role: DEFAULT_NEW_ACCOUNT_ROLE },
      act: async () => {
        await this.admin.approve(actor, id);
        return { to: USERS_URL, notice: 'approved' };
      },
      again: (form, status) => this.show(actor, request, reply, form, status),
    });
  }

  private async show(
    actor: AuthUser,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
    filter: { role?: string; status?: string; q?: string } = {},
  ) {
    const query = await toDto(UserQueryDto, {
      role: filter.role || undefined,
      status: filter.status || undefined,
      q: filter.q || undefined,
    }).catch((): UserQueryDto => ({}));
    const institutions = await this.institutions.list(actor);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const view = {
      users: await this.admin.list(actor, query),
      institutions,
      institutionName: (id: string | null) => (id ? (names.get(id) ?? id) : '—'),
      roles: ACCOUNT_ROLES,
      userStatuses: Object.values(UserStatus),
      filter: { role: query.role ?? '', status: query.status ?? '', q: query.q ?? '' },
      can: accountActions(actor),
      invitationCan: (account: UserView) => invitationCan(actor, account),
    };
    const title = this.pages.translate(request, 'users.title');
    await this.pages.render(request, reply, USERS_PAGE, { title, ...view }, { form, status });
  }
}
