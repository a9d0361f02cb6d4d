import { Controller, Get, Header, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { notFound } from '../common/errors/common.errors';
import { ApiRoute } from '../access/api-route';
import { EXPORT_FORMATS, EXPORT_KINDS, EXPORT_MIME, parseExportFile } from './export-kinds';
import { ExportsService } from './exports.service';
import { exportFile } from './export-file';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly service: ExportsService) {}

  @ApiRoute({
    summary:
      'Export an edition’s nominations, assignments and progress, score sheets or results (XLSX or CSV)',
    file: [EXPORT_MIME.xlsx, EXPORT_MIME.csv],
    errors: [400, 404],
  })
  @Get('editions/:id/exports/:file')
  @Authenticated(Permission.MINUTES_EXPORT)
  @Header('Cache-Control', 'no-store')
  @ApiParam({
    name: 'file',
    enum: EXPORT_KINDS.flatMap((k) => EXPORT_FORMATS.map((f) => `${k}.${f}`)),
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
