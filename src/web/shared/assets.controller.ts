import { Get, OnModuleInit, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Public } from '../../access/access.decorators';
import { notFound } from '../../common/errors/common.errors';
import { ASSETS_DIR, WebController } from '../web-routes';

/** The static files of the pages: a fixed list, served from memory with a strong ETag. */
const ASSETS: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'scoring.js': 'text/javascript; charset=utf-8',
  'rubric.js': 'text/javascript; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

@ApiExcludeController()
@WebController()
export class AssetsController implements OnModuleInit {
  private readonly assets = new Map<string, Asset>();

  async onModuleInit(): Promise<void> {
    for (const [name, type] of Object.entries(ASSETS)) {
      const body = await readFile(join(ASSETS_DIR, name));
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      this.assets.set(name, { body, type, etag });
    }
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
