import { Get, OnModuleInit, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Public } from '../../auth/access.decorators';
import { stateName } from '../../catalog/states';
import { Clock } from '../../common/clock/clock';
import { notFound } from '../../common/errors/common.errors';
import { ImmutableWhenPublic } from '../../common/http/immutable-response';
import { TransactionRunner } from '../../database/transaction-runner';
import { resultsArePublic } from '../../domain/editions/phase';
import { EditionEntity } from '../../editions/edition.entity';
import { PublicResultsService } from '../../results/public-results.service';
import { PageId } from '../page-id.pipe';
import { Pages } from '../pages';
import { ASSETS_DIR, WebController } from '../web-routes';

/** The static files of the pages: a fixed list, served from memory with a strong ETag. */
const ASSETS: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'scoring.js': 'text/javascript; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/** The public results as GET /api/public/editions/:id/results gives them (the parts the page shows). */
interface PublicResultsBody {
  edition: { id: string; key: string; name: string; year: number; timezone: string; announcementAt: string };
  seal: { sha256: string; auditHead: string; auditHeadSeq: number; finalizedAt: string };
  awards: {
    trackCode: string;
    categoryKey: string | null;
    award: string;
    desierto: boolean;
    holders: {
      nominationId: string | null;
      nominationKey: string;
      title: string | null;
      nomineeInstitution: string | null;
      stateCode: string | null;
      aggregate: number | null;
      rank: number | null;
      overridden: boolean;
      certificate: string | null;
    }[];
  }[];
  tracks: { code: string; name: string; categories: { key: string; name: string }[] }[];
  links: { csv: string; bundle: string };
}

/**
 * The results document parsed, by the bytes it was parsed from. Those bytes are the sealed, immutable
 * representation PublicResultsService keeps per edition, so it is parsed once instead of on every view of the
 * winners page (most of its cost on 13 April, docs/performance.md); nothing here ever mutates it.
 */
const parsedResults = new WeakMap<Buffer, PublicResultsBody>();

/** Home, privacy notice, the winners page of 13 April and the static files: open to everyone. */
@ApiExcludeController()
@WebController()
export class PublicPagesController implements OnModuleInit {
  private readonly assets = new Map<string, Asset>();

  constructor(
    private readonly pages: Pages,
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly publicResults: PublicResultsService,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const [name, type] of Object.entries(ASSETS)) {
      const body = await readFile(join(ASSETS_DIR, name));
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      this.assets.set(name, { body, type, etag });
    }
  }

  @Get('/')
  @Public()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const now = this.clock.now();
    const editions = await this.db.read((m) =>
      m.find(EditionEntity, { order: { year: 'DESC', createdAt: 'ASC' } }),
    );
    await this.pages.render(request, reply, 'home', {
      title: this.pages.translate(request, 'home.title'),
      published: editions.filter((e) => resultsArePublic(e, now)),
    });
  }

  @Get('aviso-de-privacidad')
  @Public()
  privacy(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.pages.render(request, reply, 'privacy', {
      title: this.pages.translate(request, 'privacy.title'),
    });
  }

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
    const trackName = (code: string) => results.tracks.find((t) => t.code === code)?.name ?? code;
    const categoryName = (code: string, key: string | null) =>
      key === null
        ? null
        : (results.tracks.find((t) => t.code === code)?.categories.find((c) => c.key === key)?.name ?? key);
    const groups: {
      trackCode: string;
      trackName: string;
      categoryName: string | null;
      awards: PublicResultsBody['awards'];
    }[] = [];
    for (const award of results.awards) {
      let group = groups.find(
        (g) =>
          g.trackCode === award.trackCode &&
          g.categoryName === categoryName(award.trackCode, award.categoryKey),
      );
      if (!group) {
        group = {
          trackCode: award.trackCode,
          trackName: trackName(award.trackCode),
          categoryName: categoryName(award.trackCode, award.categoryKey),
          awards: [],
        };
        groups.push(group);
      }
      group.awards.push(award);
    }
    await this.pages.render(
      request,
      reply,
      'public-results',
      {
        title: results.edition.name,
        results,
        groups,
        stateName: (code: string | null) => (code ? (stateName(code) ?? code) : ''),
        jsonUrl: `/api/public/editions/${editionId}/results`,
      },
      { shared: true },
    );
  }

  @Get('assets/:file')
  @Public()
  asset(@Param('file') file: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const asset = this.assets.get(file);
    if (!asset) throw notFound();
    void reply.header('etag', asset.etag).header('cache-control', 'public, max-age=3600, must-revalidate');
    if (request.headers['if-none-match'] === asset.etag) return reply.status(304).send();
    return reply.status(200).header('content-type', asset.type).send(asset.body);
  }
}
