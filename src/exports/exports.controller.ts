import { Controller, Get, Header, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { notFound } from '../common/errors/common.errors';
import { EXPORT_FORMATS, EXPORT_KINDS, EXPORT_MIME, parseExportFile } from './export-kinds';
import { ExportsService } from './exports.service';
import { exportFile } from './export-file';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly service: ExportsService) {}

  @Get('editions/:id/exports/:file')
  @Authenticated(Permission.MINUTES_EXPORT)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Export an edition’s nominations, assignments and progress, score sheets or results (XLSX or CSV)',
  })
  @ApiParam({
    name: 'file',
    enum: EXPORT_KINDS.flatMap((k) => EXPORT_FORMATS.map((f) => `${k}.${f}`)),
  })
  @ApiProduces(EXPORT_MIME.xlsx, EXPORT_MIME.csv)
  @ApiResponse({
    status: 200,
    description: 'The file (attachment)',
    schema: { type: 'string', format: 'binary' },
  })
  async export(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const wanted = parseExportFile(file);
    if (!wanted) throw notFound();
    const tables = await this.service.tables(actor, id, wanted.kind);
    return exportFile(reply, tables, wanted, id);
  }
}
