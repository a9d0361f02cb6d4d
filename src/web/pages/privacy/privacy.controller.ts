import { Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../auth/access.decorators';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';

/** The privacy notice, open to everyone. */
@ApiExcludeController()
@WebController()
export class PrivacyPageController {
  constructor(private readonly pages: Pages) {}

  @Get('aviso-de-privacidad')
  @Public()
  show(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.pages.render(request, reply, 'pages/privacy/privacy', {
      title: this.pages.translate(request, 'privacy.title'),
    });
  }
}
