import { Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { exportsCan } from '../../../exports/export-actions';
import { ImportQueryDto } from '../../../bundle/dto/import-query.dto';
import { BundleService } from '../../../bundle/bundle.service';
import { DomainException } from '../../../common/errors/domain-exception';
import { EditionsService } from '../../../editions/editions.service';
import { exportFile } from '../../../exports/export-file';
import { EXPORT_FORMATS, EXPORT_KINDS, parseExportFile } from '../../../exports/export-kinds';
import { ExportsService } from '../../../exports/exports.service';
import { notFound } from '../../../common/errors/common.errors';
import { Config } from '../../../config/config';
import { CsrfCheckedInHandler } from '../../csrf';
import { emptyForm, FormState, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { readBundleUpload } from './bundle-upload';
import { EXPORTS_PAGE, IMPORT_PAGE } from './bundles.view';

/** Bundles and exports from the pages: import an edition, download its bundle and the minutes' files. */
@ApiExcludeController()
@WebController()
export class BundlesPageController {
  private readonly limit: number;

  constructor(
    private readonly pages: Pages,
    private readonly bundles: BundleService,
    private readonly editions: EditionsService,
    private readonly exports: ExportsService,
    config: Config,
  ) {
    this.limit = config.app.bundleLimit;
  }

  @Get('organizacion/importar')
  @Authenticated(Permission.BUNDLE_IMPORT)
  form(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.showImport(request, reply, emptyForm(), false);
  }

  @Post('organizacion/importar')
  @Authenticated(Permission.BUNDLE_IMPORT)
  @CsrfCheckedInHandler()
  async import(@Auth() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    let asKey: string | undefined;
    let keyTaken = false;
    await this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        const upload = await readBundleUpload(request, this.limit);
        asKey = upload.asKey;
        const query = await toDto(ImportQueryDto, { asKey });
        const edition = await this.bundles
          .importBundle(actor, upload.bundle, { asKey: query.asKey })
          .catch((e) => {
            keyTaken = e instanceof DomainException && e.code === 'EDITION_KEY_TAKEN';
            throw e;
          });
        return { to: `/organizacion/ediciones/${edition.id}`, notice: 'imported' };
      },
      again: (form, status) =>
        this.showImport(request, reply, { ...form, values: { asKey } }, keyTaken, status),
    });
  }

  @Get('organizacion/ediciones/:id/paquete')
  @Authenticated(Permission.BUNDLE_EXPORT)
  async bundle(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    const bundle = await this.bundles.exportBundle(actor, id);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="paquete-${bundle.edition.key}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(bundle, null, 2));
  }

  @Get('organizacion/ediciones/:id/exportaciones')
  @Authenticated(Permission.MINUTES_EXPORT)
  async list(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const edition = await this.editions.get(actor, id);
    const base = `/organizacion/ediciones/${id}/exportaciones`;
    await this.pages.render(request, reply, EXPORTS_PAGE, {
      title: this.pages.translate(request, 'bundles.exportsTitle', { name: edition.name }),
      edition,
      files: EXPORT_KINDS.flatMap((kind) =>
        EXPORT_FORMATS.map((format) => ({ kind, format, href: `${base}/${kind}.${format}` })),
      ),
      can: exportsCan(actor),
    });
  }

  @Get('organizacion/ediciones/:id/exportaciones/:file')
  @Authenticated(Permission.MINUTES_EXPORT)
  async download(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('file') file: string,
    @Res() reply: FastifyReply,
  ) {
    const wanted = parseExportFile(file);
    if (!wanted) throw notFound();
    const body = await exportFile(reply, await this.exports.tables(actor, id, wanted.kind), wanted, id);
    void reply.header('cache-control', 'no-store').send(body);
  }

  private showImport(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    keyTaken: boolean,
    status?: number,
  ) {
    return this.pages.render(
      request,
      reply,
      IMPORT_PAGE,
      {
        title: this.pages.translate(request, 'bundles.importTitle'),
        form,
        keyTaken,
        limitBytes: this.limit,
      },
      { form, status },
    );
  }
}
