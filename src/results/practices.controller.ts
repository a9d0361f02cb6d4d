import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.decorators';
import { PracticeQueryDto } from './dto/practice-query.dto';
import { PracticesService } from './practices.service';

/** The public catalogue of nominated practices: 404 until the results are public, consenting practices only. */
@ApiTags('public results')
@Controller('public/editions/:id')
export class PracticesController {
  constructor(private readonly service: PracticesService) {}

  @Get('practices')
  @Public()
  @ApiOperation({
    summary: 'Nominated practices whose nominators consented, with filters and text search (open data)',
  })
  catalogue(@Param('id', ParseUUIDPipe) id: string, @Query() query: PracticeQueryDto) {
    return this.service.catalogue(id, query);
  }

  @Get('practices.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The practices catalogue as CSV (open data; codes kept as text)' })
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
