import { Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../access/access.decorators';
import { notFound } from '../../../common/errors/common.errors';
import { PublicResultsService } from '../../../results/public-results.service';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { CERTIFICATE_PAGE, certificateView } from './certificate.view';

/**
 * What a certificate's QR code opens: its award under every seal version, so that one whose award a correction
 * withdrew says so. 404 until the results are public, as everything published.
 */
@ApiExcludeController()
@WebController()
export class CertificatePageController {
  constructor(
    private readonly pages: Pages,
    private readonly publicResults: PublicResultsService,
  ) {}

  @Get('resultados/:editionId/constancias/:key/:version')
  @Public()
  async certificate(
    @Param('editionId', PageId) editionId: string,
    @Param('key') key: string,
    @Param('version') version: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    // Anything but a nomination key and a version number is a page that does not exist.
    if (!/^[A-Za-z0-9._~-]{1,80}$/.test(key) || !/^[1-9]\d{0,5}$/.test(version)) throw notFound();
    const history = await this.publicResults.certificateHistory(editionId, key);
    const timezone = await this.publicResults.timezone(editionId);
    await this.pages.render(request, reply, CERTIFICATE_PAGE, {
      title: this.pages.translate(request, 'certificate.title'),
      ...certificateView(history, Number(version), timezone),
      requested: Number(version),
    });
  }
}
