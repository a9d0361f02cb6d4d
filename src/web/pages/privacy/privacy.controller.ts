import { Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../auth/access.decorators';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { PRIVACY_PAGE } from './privacy.view';

@ApiExcludeController()
@WebController()
export class PrivacyPageController {
  constructor(private readonly pages: Pages) {}

  @Get('aviso-de-privacidad')
  @Public()
  privacy(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.pages.render(request, reply, PRIVACY_PAGE, {
      title: this.pages.translate(request, 'privacy.title'),
    });
  }
}
