import { Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../access/access.decorators';
import { notFound } from '../../../common/errors/common.errors';
import { AWARD_FILTERS, PracticeQueryDto } from '../../../results/dto/practice-query.dto';
import { PracticesService } from '../../../results/practices.service';
import { emptyForm, FormState, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { PRACTICE_PAGE, PRACTICES_PAGE } from './practices.view';

const FILTERS = ['state', 'track', 'category', 'award', 'q'] as const;
const api = (editionId: string) => `/api/public/editions/${editionId}`;

/** The public catalogue of nominated practices (consenting ones, once the results are public). */
@ApiExcludeController()
@WebController()
export class PracticesPageController {
  constructor(
    private readonly pages: Pages,
    private readonly practices: PracticesService,
  ) {}

  /** `?edicion=` chooses the edition (default: the newest with public results); the rest are the API's filters. */
  @Get('practicas')
  @Public()
  async catalogue(@Query() query: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const editions = await this.practices.editions();
    const values: Record<string, string> = Object.fromEntries(FILTERS.map((f) => [f, text(query, f)]));
    const chosen = text(query, 'edicion');
    const editionId = editions.some((e) => e.id === chosen) ? chosen : editions[0]?.id;
    let form: FormState = emptyForm(values);
    let status = 200;
    let filter: PracticeQueryDto = {};
    try {
      filter = await toDto(
        PracticeQueryDto,
        Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '')),
      );
    } catch (error) {
      ({ form, status } = this.pages.failedForm(request, error, values));
    }
    const catalogue = editionId ? await this.practices.catalogue(editionId, filter) : null;
    await this.pages.render(
      request,
      reply,
      PRACTICES_PAGE,
      {
        title: this.pages.translate(request, 'practices.title'),
        editions,
        catalogue,
        form,
        awards: AWARD_FILTERS,
        links: editionId
          ? {
              csv: `${api(editionId)}/practices.csv`,
              json: `${api(editionId)}/practices`,
              results: `/resultados/${editionId}`,
            }
          : null,
      },
      { form, status },
    );
  }

  @Get('practicas/:editionId/:key')
  @Public()
  async practice(
    @Param('editionId', PageId) editionId: string,
    @Param('key') key: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    if (key.length > 80) throw notFound();
    const { edition, practice } = await this.practices.practice(editionId, key);
    await this.pages.render(request, reply, PRACTICE_PAGE, {
      title: practice.title,
      edition,
      practice,
      links: { catalogue: `/practicas?edicion=${editionId}`, results: `/resultados/${editionId}` },
    });
  }
}
