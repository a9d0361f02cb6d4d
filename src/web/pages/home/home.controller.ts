import { Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../access/access.decorators';
import { stateName } from '../../../catalog/states';
import { PublicEditionsService } from '../../../editions/public-editions.service';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { HOME_PAGE } from './home.view';

@ApiExcludeController()
@WebController()
export class HomePageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: PublicEditionsService,
  ) {}

  @Get('/')
  @Public()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.pages.render(request, reply, HOME_PAGE, {
      title: this.pages.translate(request, 'home.title'),
      published: await this.editions.withPublicResults(),
      calls: await this.editions.openCalls(),
      stateName: (code: string) => stateName(code) ?? code,
    });
  }
}
