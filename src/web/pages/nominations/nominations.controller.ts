import type { MultipartFile } from '@fastify/multipart';
import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { viewerMenu } from '../../../access/viewer-menu';
import { Clock } from '../../../common/clock/clock';
import { STATES } from '../../../catalog/states';
import { DomainException } from '../../../common/errors/domain-exception';
import { statusOf } from '../../../common/errors/error-response';
import { EditionView } from '../../../editions/edition.presenter';
import { EditionsService } from '../../../editions/editions.service';
import { TrackEntity } from '../../../database/schema/track.entity';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { AttachmentsService } from '../../../nominations/attachments.service';
import { MAX_ATTACHMENTS } from '../../../nominations/upload-receiver';
import { FeedbackService } from '../../../judging/feedback/feedback.service';
import {
  CreateNominationDto,
  NOMINATION_STATUSES,
  NominationQueryDto,
  UpdateNominationDto,
} from '../../../nominations/dto/nomination.dto';
import { NominationChannel } from '../../../database/schema/nomination.entity';
import {
  mayNominateIn,
  nominationActions,
  newNominationDefaults,
  recordsOnBehalf,
} from '../../../nominations/nomination.policy';
import { NominationView } from '../../../nominations/nomination.presenter';
import { NominationErrors } from '../../../nominations/nominations.errors';
import { NominationsService } from '../../../nominations/nominations.service';
import { receiveUpload } from '../../../nominations/upload-receiver';
import { CsrfCheckedInHandler, verifyCsrf } from '../../csrf';
import {
  emptyForm,
  formError,
  FormState,
  formWithError,
  lines,
  list,
  optional,
  text,
  toDto,
} from '../../form';
import { fieldApplies, FieldDefinition } from '../../../domain/intake/custom-fields';
import { TrackFieldsService } from '../../../nominations/fields/track-fields.service';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { NOMINATION_PAGE, NOMINATIONS_PAGE, RECEIPT_PAGE } from './nominations.view';

const TEXT_FIELDS = ['title', 'summary', 'description', 'contactName', 'contactEmail'] as const;
const DETAIL_FIELDS = ['problem', 'population', 'results'] as const;

/** The nomination form's values, as the form names them (the API's field paths). */
function formValues(body: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of [
    ...TEXT_FIELDS,
    'categoryKey',
    'nominatingInstitutionId',
    'nomineeInstitutionId',
    'stateCode',
    'contactPhone',
    'channel',
    'evidenceUrls',
    'practiceDetails.problem',
    'practiceDetails.population',
    'practiceDetails.startedOn',
    'practiceDetails.results',
  ]) {
    values[name] = text(body, name);
  }
  return values;
}

function valuesOf(n: NominationView): Record<string, unknown> {
  return {
    title: n.title,
    summary: n.summary,
    description: n.description,
    contactName: n.contactName ?? '',
    contactEmail: n.contactEmail ?? '',
    contactPhone: n.contactPhone ?? '',
    categoryKey: n.categoryKey ?? '',
    nominatingInstitutionId: n.nominatingInstitutionId,
    nomineeInstitutionId: n.nomineeInstitutionId,
    stateCode: n.stateCode ?? '',
    channel: n.channel,
    evidenceUrls: n.evidenceUrls.join('\n'),
    'practiceDetails.problem': n.practiceDetails.problem ?? '',
    'practiceDetails.population': n.practiceDetails.population ?? '',
    'practiceDetails.startedOn': n.practiceDetails.startedOn ?? '',
    'practiceDetails.results': n.practiceDetails.results ?? '',
  };
}

/** The custom fields' values as the form names them (`fields.<key>`). */
function customFormValues(body: unknown, defs: readonly FieldDefinition[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const d of defs) {
    if (d.type === 'FILE') continue;
    values[`fields.${d.key}`] =
      d.type === 'MULTI_CHOICE' ? list(body, `fields.${d.key}`) : text(body, `fields.${d.key}`);
  }
  return values;
}

function customValuesOf(n: NominationView, defs: readonly FieldDefinition[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const d of defs) {
    const value = n.customFields?.[d.key];
    if (d.type === 'FILE' || value === undefined) continue;
    values[`fields.${d.key}`] =
      d.type === 'YES_NO' ? (value ? 'si' : 'no') : Array.isArray(value) ? value : String(value);
  }
  return values;
}

/**
 * The API's `fields` from the form: the fields that apply to the chosen category (a field of another category
 * is not sent); blanks left out on creating and sent as '' (clearing) on saving.
 */
function customFieldsOf(
  body: unknown,
  defs: readonly FieldDefinition[],
  clearing: boolean,
): Record<string, unknown> {
  const categoryKey = optional(body, 'categoryKey') ?? null;
  const fields: Record<string, unknown> = {};
  for (const d of defs) {
    if (d.type === 'FILE' || !fieldApplies(d, categoryKey)) continue;
    const name = `fields.${d.key}`;
    let value: unknown;
    if (d.type === 'MULTI_CHOICE') value = list(body, name);
    else if (d.type === 'YES_NO') {
      const raw = text(body, name);
      value = raw === 'si' ? true : raw === 'no' ? false : raw;
    } else value = text(body, name).trim();
    const blank = value === '' || (Array.isArray(value) && value.length === 0);
    if (!blank || clearing) fields[d.key] = blank ? null : value;
  }
  return fields;
}

/** The practice details typed in the form (blank ones left out, as the API would receive them). */
function practiceDetails(body: unknown, clearing: boolean): Record<string, string> {
  const details: Record<string, string> = {};
  for (const key of DETAIL_FIELDS) {
    const value = text(body, `practiceDetails.${key}`).trim();
    if (value || clearing) details[key] = value;
  }
  const startedOn = optional(body, 'practiceDetails.startedOn');
  if (startedOn) details.startedOn = startedOn;
  return details;
}

/** The nominator's list, the nomination form (draft, attachments, submit, receipt, withdraw). */
@ApiExcludeController()
@WebController()
export class NominationsPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly nominations: NominationsService,
    private readonly attachments: AttachmentsService,
    private readonly editions: EditionsService,
    private readonly institutions: InstitutionsService,
    private readonly feedback: FeedbackService,
    private readonly clock: Clock,
    private readonly trackFields: TrackFieldsService,
  ) {}

  private async definitions(actor: AuthUser, trackId: string): Promise<FieldDefinition[]> {
    return (await this.trackFields.get(actor, trackId)).fields;
  }

  @Get('postulaciones')
  @Authenticated(Permission.NOMINATION_READ)
  async list(
    @Auth() actor: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('edicion') edition?: string,
    @Query('estado') status?: string,
    @Query('pagina') page?: string,
  ) {
    const query = await toDto(NominationQueryDto, {
      editionId: edition || undefined,
      status: status || undefined,
      page: page || undefined,
      pageSize: '50',
    }).catch((): NominationQueryDto => ({ page: 1, pageSize: 50 }));
    const [result, editions] = await Promise.all([
      this.nominations.list(actor, query),
      this.editions.list(actor),
    ]);
    const tracks = new Map<string, TrackEntity>();
    for (const e of editions)
      for (const t of await this.editions.listTracks(actor, e.id)) tracks.set(t.id, t);
    const open = editions
      .filter((e) => mayNominateIn(actor, e))
      .map((e) => ({ edition: e, tracks: [...tracks.values()].filter((t) => t.editionId === e.id) }));
    await this.pages.render(request, reply, NOMINATIONS_PAGE, {
      title: this.pages.translate(
        request,
        viewerMenu(actor).ownNominations ? 'nominations.title' : 'nominations.titleAll',
      ),
      result,
      editions,
      editionsById: new Map(editions.map((e) => [e.id, e])),
      tracks,
      open,
      statuses: NOMINATION_STATUSES,
      filter: { edition: query.editionId ?? '', status: query.status ?? '' },
      pageCount: Math.max(1, Math.ceil(result.total / result.pageSize)),
    });
  }

  @Get('postulaciones/nueva')
  @Authenticated(Permission.NOMINATION_CREATE)
  async newForm(
    @Auth() actor: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('convocatoria') trackId?: string,
  ) {
    const track = await this.editions.getTrack(actor, new PageId().transform(trackId ?? ''));
    await this.showForm(actor, request, reply, track, null, emptyForm(newNominationDefaults(actor)));
  }

  @Post('postulaciones')
  @Authenticated(Permission.NOMINATION_CREATE)
  async create(
    @Auth() actor: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const trackId = new PageId().transform(text(body, 'trackId'));
    const organiser = recordsOnBehalf(actor);
    const defs = await this.definitions(actor, trackId);
    try {
      const dto = await toDto(CreateNominationDto, {
        fields: customFieldsOf(body, defs, false),
        trackId,
        categoryKey: optional(body, 'categoryKey'),
        nominatingInstitutionId: organiser ? optional(body, 'nominatingInstitutionId') : undefined,
        nomineeInstitutionId: optional(body, 'nomineeInstitutionId'),
        stateCode: optional(body, 'stateCode'),
        title: optional(body, 'title'),
        summary: optional(body, 'summary'),
        description: optional(body, 'description'),
        practiceDetails: practiceDetails(body, false),
        evidenceUrls: lines(body, 'evidenceUrls'),
        contactName: optional(body, 'contactName'),
        contactEmail: optional(body, 'contactEmail'),
        contactPhone: optional(body, 'contactPhone'),
        channel: organiser ? optional(body, 'channel') : undefined,
      });
      const created = await this.nominations.create(actor, dto);
      this.pages.redirect(reply, `/postulaciones/${created.id}`, 'created');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, {
        ...formValues(body),
        ...customFormValues(body, defs),
      });
      const track = await this.editions.getTrack(actor, trackId);
      await this.showForm(actor, request, reply, track, null, form, status);
    }
  }

  @Get('postulaciones/:id')
  @Authenticated(Permission.NOMINATION_READ)
  async show(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const nomination = await this.nominations.get(actor, id);
    const track = await this.editions.getTrack(actor, nomination.trackId);
    const defs = await this.definitions(actor, track.id);
    await this.showForm(
      actor,
      request,
      reply,
      track,
      nomination,
      emptyForm({ ...valuesOf(nomination), ...customValuesOf(nomination, defs) }),
    );
  }

  @Post('postulaciones/:id')
  @Authenticated(Permission.NOMINATION_EDIT)
  async update(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const organiser = recordsOnBehalf(actor);
    const clear = (name: string) => optional(body, name) ?? null;
    const current = await this.nominations.get(actor, id);
    const defs = await this.definitions(actor, current.trackId);
    try {
      const dto = await toDto(UpdateNominationDto, {
        fields: customFieldsOf(body, defs, true),
        // Required fields are sent even when blank, so that clearing one is refused rather than ignored.
        ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, text(body, f).trim()])),
        categoryKey: clear('categoryKey'),
        nomineeInstitutionId: optional(body, 'nomineeInstitutionId'),
        stateCode: clear('stateCode'),
        practiceDetails: practiceDetails(body, true),
        evidenceUrls: lines(body, 'evidenceUrls'),
        contactPhone: clear('contactPhone'),
        channel: organiser ? optional(body, 'channel') : undefined,
      });
      await this.nominations.update(actor, id, dto);
      this.pages.redirect(reply, `/postulaciones/${id}`, 'saved');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, {
        ...formValues(body),
        ...customFormValues(body, defs),
      });
      const nomination = await this.nominations.get(actor, id);
      const track = await this.editions.getTrack(actor, nomination.trackId);
      await this.showForm(actor, request, reply, track, nomination, form, status);
    }
  }

  /** Multipart: the CSRF token is the form's first field, checked before the file is stored. */
  @Post('postulaciones/:id/archivos')
  @Authenticated(Permission.NOMINATION_EDIT)
  @CsrfCheckedInHandler()
  async upload(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { uploadsDir, uploadLimit } = this.attachments;
    try {
      // The field a file answers comes with the multipart body, read before the file; the service checks it.
      let fieldKey: string | undefined;
      await this.attachments.uploadWithField(actor, id, async () => {
        if (!request.isMultipart()) verifyCsrf(request, undefined);
        let part: MultipartFile | undefined;
        try {
          part = await request.file({ limits: { fileSize: uploadLimit, files: 1, fields: 5 } });
        } catch {
          throw new DomainException(NominationErrors.FILE_MISSING);
        }
        const token = part?.fields._csrf;
        verifyCsrf(
          request,
          token && !Array.isArray(token) && token.type === 'field' ? token.value : undefined,
        );
        const field = part?.fields.fieldKey;
        fieldKey =
          field &&
          !Array.isArray(field) &&
          field.type === 'field' &&
          typeof field.value === 'string' &&
          field.value
            ? field.value
            : undefined;
        if (!part || !part.filename) throw new DomainException(NominationErrors.FILE_MISSING);
        // The API's receiver streams, hashes and stores the part this page has already opened.
        const opened = part;
        const shim = {
          isMultipart: () => true,
          file: () => Promise.resolve(opened),
        } as unknown as FastifyRequest;
        return { received: await receiveUpload(shim, uploadsDir, uploadLimit), fieldKey };
      });
      this.pages.redirect(reply, `/postulaciones/${id}`, 'uploaded');
    } catch (error) {
      const failure = formError(error);
      await this.showAgain(actor, id, request, reply, failure, 'upload');
    }
  }

  @Get('postulaciones/:id/archivos/:attachmentId')
  @Authenticated(Permission.NOMINATION_READ)
  async download(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('attachmentId', PageId) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.attachments.download(actor, id, attachmentId);
    return reply
      .header('content-type', file.mimeType)
      .header('content-length', file.size)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('cache-control', 'private, no-store')
      .send(file.stream);
  }

  @Post('postulaciones/:id/archivos/:attachmentId/eliminar')
  @Authenticated(Permission.NOMINATION_EDIT)
  async removeAttachment(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('attachmentId', PageId) attachmentId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      await this.attachments.remove(actor, id, attachmentId);
      this.pages.redirect(reply, `/postulaciones/${id}`, 'removed');
    } catch (error) {
      const failure = formError(error);
      await this.showAgain(actor, id, request, reply, failure, 'upload');
    }
  }

  @Post('postulaciones/:id/enviar')
  @Authenticated(Permission.NOMINATION_EDIT)
  async submit(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      await this.nominations.submit(actor, id, {
        publicationConsent: text(body, 'publicationConsent') === 'si',
      });
      this.pages.redirect(reply, `/postulaciones/${id}/acuse`, 'submitted');
    } catch (error) {
      const failure = formError(error);
      await this.showAgain(actor, id, request, reply, failure, 'submit');
    }
  }

  @Get('postulaciones/:id/acuse')
  @Authenticated(Permission.NOMINATION_READ)
  async receipt(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const nomination = await this.nominations.get(actor, id);
    if (!nomination.receiptHash || !nomination.submittedAt) {
      return this.pages.redirect(reply, `/postulaciones/${id}`);
    }
    const track = await this.editions.getTrack(actor, nomination.trackId);
    const edition = await this.editions.get(actor, nomination.editionId);
    await this.pages.render(request, reply, RECEIPT_PAGE, {
      title: this.pages.translate(request, 'receipt.title'),
      nomination,
      track,
      edition,
    });
  }

  @Post('postulaciones/:id/retirar')
  @Authenticated(Permission.NOMINATION_EDIT)
  async withdraw(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      await this.nominations.withdraw(actor, id);
      this.pages.redirect(reply, `/postulaciones/${id}`, 'withdrawn');
    } catch (error) {
      const failure = formError(error);
      await this.showAgain(actor, id, request, reply, failure, 'withdraw');
    }
  }

  /** The nomination page again, with the refused action's message next to its form. */
  private async showAgain(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    error: DomainException,
    action: 'upload' | 'submit' | 'withdraw',
  ) {
    const nomination = await this.nominations.get(actor, id);
    const track = await this.editions.getTrack(actor, nomination.trackId);
    const defs = await this.definitions(actor, track.id);
    const actionError = formWithError(error, {}, this.pages.language(request));
    await this.showForm(
      actor,
      request,
      reply,
      track,
      nomination,
      emptyForm({ ...valuesOf(nomination), ...customValuesOf(nomination, defs) }),
      statusOf(error.kind),
      {
        action,
        form: actionError,
      },
    );
  }

  private async showForm(
    actor: AuthUser,
    request: FastifyRequest,
    reply: FastifyReply,
    track: TrackEntity,
    nomination: NominationView | null,
    form: FormState,
    status?: number,
    actionError?: { action: string; form: FormState },
  ) {
    const edition: EditionView = await this.editions.get(actor, track.editionId);
    const institutions = await this.institutions.list(actor);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const can = nominationActions(actor, nomination, edition, this.clock.now());
    const view = {
      nomination,
      track,
      edition,
      institutions,
      institutionName: (id: string | null) => (id ? (names.get(id) ?? id) : '—'),
      states: STATES,
      channels: Object.values(NominationChannel),
      can,
      deadline: can.deadline,
      maxAttachments: MAX_ATTACHMENTS,
      uploadLimit: this.attachments.uploadLimit,
      actionError: actionError ?? null,
      feedback: nomination ? await this.feedback.forNomination(actor, nomination.id) : null,
      customFields: await this.definitions(actor, track.id),
      categoryName: (key: string) => track.categories.find((c) => c.key === key)?.name ?? key,
    };
    const title = nomination
      ? nomination.title
      : this.pages.translate(request, 'nomination.newTitle', { track: track.name });
    await this.pages.render(request, reply, NOMINATION_PAGE, { title, ...view }, { form, status });
  }
}
