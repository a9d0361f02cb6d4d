import { Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../access/access.decorators';
import { Config } from '../../../config/config';
import { PublicEditionsService } from '../../../editions/public-editions.service';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { PRIVACY_PAGE } from './privacy.view';

/** The privacy notices, full and short, generated from the configuration and the editions' retention periods. */
@ApiExcludeController()
@WebController()
export class PrivacyPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: PublicEditionsService,
    private readonly config: Config,
  ) {}

  @Get('aviso-de-privacidad')
  @Public()
  privacy(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.notice(request, reply, false);
  }

  @Get('aviso-de-privacidad/simplificado')
  @Public()
  simplified(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.notice(request, reply, true);
  }

  private async notice(request: FastifyRequest, reply: FastifyReply, simplified: boolean) {
    const t = (key: string, params?: Record<string, unknown>) => this.pages.translate(request, key, params);
    const period = (months: number) =>
      months === 1 ? t('privacy.monthsOne') : t('privacy.months', { count: months });
    const periods = await this.editions.retentionPeriods();
    const distinct = [...new Set(periods.map((p) => p.retentionMonths))];
    // One period for every edition (or the default when there is none yet); otherwise each edition's.
    const retention =
      distinct.length <= 1
        ? period(distinct[0] ?? 24)
        : periods
            .map((p) => t('privacy.editionRetention', { edition: p.name, period: period(p.retentionMonths) }))
            .join('; ');
    const { controller, contact } = this.config.privacy;
    await this.pages.render(request, reply, PRIVACY_PAGE, {
      title: t(simplified ? 'privacy.simplifiedTitle' : 'privacy.title'),
      simplified,
      params: { controller, contact, retention },
    });
  }
}
