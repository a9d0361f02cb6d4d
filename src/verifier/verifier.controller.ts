import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../access/access.decorators';
import { ifNoneMatchHits } from '../common/http/if-none-match';
import { VerifierAsset, VerifierAssets } from './verifier-assets.service';

/** The results verifier, as a download for Node and as the script of the results page's verify button. */
@ApiExcludeController()
@Controller('assets')
export class VerifierController {
  constructor(private readonly assets: VerifierAssets) {}

  @Get('verificador.js')
  @Public()
  async single(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return send(
      request,
      reply,
      await this.assets.get('verificador.js'),
      'attachment; filename="verificador.js"',
    );
  }

  @Get('verificar.js')
  @Public()
  async browser(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return send(request, reply, await this.assets.get('verificar.js'), null);
  }
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  asset: VerifierAsset,
  disposition: string | null,
) {
  void reply.header('etag', asset.etag).header('cache-control', 'public, max-age=3600, must-revalidate');
  if (ifNoneMatchHits(request.headers['if-none-match'], asset.etag)) return reply.status(304).send();
  if (disposition) void reply.header('content-disposition', disposition);
  return reply.status(200).header('content-type', 'text/javascript; charset=utf-8').send(asset.body);
}
