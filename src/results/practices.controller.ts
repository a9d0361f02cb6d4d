import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.decorators';
import { ApiRoute } from '../access/api-route';
import { PracticeQueryDto } from './dto/practice-query.dto';
import { PracticesCatalogueDto } from './dto/practices-response.dto';
import { PracticesService } from './practices.service';

/** The public catalogue of nominated practices: 404 until the results are public, consenting practices only. */
@ApiTags('public results')
@Controller('public/editions/:id')
export class PracticesController {
  constructor(private readonly service: PracticesService) {}

  @ApiRoute({
    summary: 'Nominated practices whose nominators consented, with filters and text search (open data)',
    ok: PracticesCatalogueDto,
    errors: [400, 404],
  })
  @Get('practices')
  @Public()
  catalogue(@Param('id', ParseUUIDPipe) id: string, @Query() query: PracticeQueryDto) {
    return this.service.catalogue(id, query);
  }

  @ApiRoute({
    summary: 'The practices catalogue as CSV (open data; codes kept as text)',
    file: ['text/csv'],
    errors: [400, 404],
  })
  @Get('practices.csv')
  @Public()
  async csv(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PracticeQueryDto,
    @Res() reply: FastifyReply,
  ) {
    const { body, filename } = await this.service.csv(id, query);
    return reply
      .header('content-disposition', `attachment; filename="${filename}"`)
      .type('text/csv; charset=utf-8')
      .send(body);
  }
}
