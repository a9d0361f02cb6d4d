import { Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { PersonalDataService } from '../../../privacy/personal-data.service';
import { PageId } from '../../page-id.pipe';
import { WebController } from '../../web-routes';

/** The right of access from the pages: one's own data, or (organisers) a person's, as a JSON download. */
@ApiExcludeController()
@WebController()
export class PersonalDataPageController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('cuenta/datos')
  @Authenticated()
  async mine(@Auth() actor: AuthUser, @Res() reply: FastifyReply) {
    return send(reply, actor.id, await this.personalData.export(actor, actor.id));
  }

  @Get('organizacion/usuarios/:id/datos')
  @Authenticated(Permission.USER_MANAGE)
  async ofUser(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    return send(reply, id, await this.personalData.export(actor, id));
  }

  @Get('organizacion/solicitudes-datos/:id/datos')
  @Authenticated(Permission.USER_MANAGE)
  async ofRequest(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    return send(reply, id, await this.personalData.exportForRequest(actor, id));
  }
}

function send(reply: FastifyReply, id: string, data: unknown): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="datos-personales-${id.slice(0, 8)}.json"`)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(data, null, 2));
}
