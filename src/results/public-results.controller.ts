import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../access/access.decorators';
import { notFound } from '../common/errors/common.errors';
import { ImmutableWhenPublic } from '../common/http/immutable-response';
import { sendRepresentation } from './http-cache';
import { PublicResultsService } from './public-results.service';

/**
 * Sealed results for everyone, without signing in. Until the results are public every route answers 404,
 * exactly as for an unknown edition. Responses carry a strong ETag (the seal's SHA-256) and answer 304 to
 * a matching If-None-Match.
 */
@ApiTags('public results')
@Controller('public/editions/:id')
export class PublicResultsController {
  constructor(private readonly service: PublicResultsService) {}

  @Get('results')
  @Public()
  @ImmutableWhenPublic()
  @ApiOperation({ summary: 'Sealed results document, final awards, seal hash and audit head' })
  async results(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.results(id));
  }

  @Get('results.csv')
  @Public()
  @ImmutableWhenPublic()
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Final awards as CSV' })
  async csv(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.csv(id), 'attachment');
  }

  @Get('bundle')
  @Public()
  @ImmutableWhenPublic()
  @ApiOperation({ summary: 'Public anonymised bundle: everything needed to recompute the awards' })
  async bundle(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.bundle(id), 'attachment');
  }

  @Get('seals')
  @Public()
  @ImmutableWhenPublic()
  @ApiOperation({
    summary: 'Every seal version, oldest first, with its signature, erratum and the awards it moved',
  })
  async seals(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.seals(id));
  }

  /** What a certificate's verification link shows: the nomination's award under every seal version. */
  @Get('certificates/:nominationId/status')
  @Public()
  @ApiOperation({ summary: 'A nomination’s final award under every seal version (certificate verification)' })
  certificateStatus(@Param('id', ParseUUIDPipe) id: string, @Param('nominationId') nominationId: string) {
    if (!/^[A-Za-z0-9._~-]{1,80}$/.test(nominationId)) throw notFound();
    return this.service.certificateHistory(id, nominationId);
  }

  @Get('certificates/:nominationId.pdf')
  @Public()
  @ImmutableWhenPublic()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Constancia (PDF, Spanish) of a nomination holding a final award' })
  async certificate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('nominationId') nominationId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    if (!/^[A-Za-z0-9._~-]{1,80}$/.test(nominationId)) throw notFound();
    return sendRepresentation(request, reply, await this.service.certificate(id, nominationId));
  }
}
