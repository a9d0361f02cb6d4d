import { Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../access/access.decorators';
import { ImmutableWhenPublic } from '../../../common/http/immutable-response';
import { PracticesService } from '../../../results/practices.service';
import { PublicResultsService } from '../../../results/public-results.service';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { VerifierAssets } from '../../../verifier/verifier-assets.service';
import {
  PUBLIC_RESULTS_PAGE,
  PublicResultsBody,
  publicResultsView,
  SealHistoryBody,
} from './public-results.view';

/**
 * The results document parsed, by the bytes it was parsed from. Those bytes are the sealed, immutable
 * representation PublicResultsService keeps per edition, so it is parsed once instead of on every view of the
 * winners page (most of its cost on 13 April, docs/performance.md); nothing here ever mutates it.
 */
const parsedResults = new WeakMap<Buffer, PublicResultsBody>();
const parsedHistory = new WeakMap<Buffer, SealHistoryBody>();

/** The winners page of 13 April: open to everyone, shared between anonymous visitors. */
@ApiExcludeController()
@WebController()
export class PublicResultsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly publicResults: PublicResultsService,
    private readonly verifier: VerifierAssets,
    private readonly practices: PracticesService,
  ) {}

  /** 404 — as for an unknown edition — until the results are public (finalised and announced or published). */
  @Get('resultados/:editionId')
  @Public()
  @ImmutableWhenPublic()
  async results(
    @Param('editionId', PageId) editionId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const representation = await this.publicResults.results(editionId);
    let results = parsedResults.get(representation.body);
    if (!results) {
      results = JSON.parse(representation.body.toString('utf8')) as PublicResultsBody;
      parsedResults.set(representation.body, results);
    }
    const seals = await this.publicResults.seals(editionId);
    let history = parsedHistory.get(seals.body);
    if (!history) {
      history = JSON.parse(seals.body.toString('utf8')) as SealHistoryBody;
      parsedHistory.set(seals.body, history);
    }
    const verifier = await this.verifier.get('verificador.js');
    const catalogue = await this.practices.catalogue(editionId);
    const view = publicResultsView(
      editionId,
      results,
      history,
      verifier.sha256,
      new Set(catalogue.items.map((p) => p.key)),
    );
    await this.pages.render(
      request,
      reply,
      PUBLIC_RESULTS_PAGE,
      { title: results.edition.name, ...view },
      { shared: true, scripts: ['verificar.js'] },
    );
  }
}
