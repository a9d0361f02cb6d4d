import { applyDecorators, RequestMethod, Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiExtraModels, ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ACCESS_KEY, AccessRule } from './access.decorators';
import { Permission } from './permissions';
import { ErrorBodyDto } from '../common/http/error-body.dto';

/** The error statuses a route can document; each is answered with the common error body. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Invalid input: body, path or query (VALIDATION_FAILED names each field; MALFORMED_BODY)',
  401: 'Not signed in, or the token no longer works (UNAUTHENTICATED)',
  403: 'The role does not allow it, the account is pending, or the policy refuses this resource',
  404: 'Not found, or not visible to the caller (the two look the same)',
  409: 'Conflicts with the current state or time (the code says which rule)',
  413: 'The body exceeds the size limit (PAYLOAD_TOO_LARGE)',
  422: 'A business rule refused it (the code says which)',
  429: 'Too many attempts from this client (THROTTLED)',
  503: 'Unavailable right now',
};

/** Error responses, each with the common error body. */
export function ApiErrors(statuses: readonly ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ErrorBodyDto }),
    ),
  );
}

type Model = Type<unknown>;

export interface ApiRouteOptions {
  summary: string;
  description?: string;
  /** The JSON body of the success answer: a DTO, or `[Dto]` for a list. */
  ok?: Model | [Model];
  /** Success bodies the route may give instead of one DTO (e.g. the change itself, or a four-eyes proposal). */
  oneOf?: Model[];
  /** A download instead of JSON: the content types it may have. */
  file?: string[];
  /** The answer carries a strong ETag and may be 304 Not Modified. */
  etag?: boolean;
  /** Error statuses beyond those the access rule implies (401, and 403 when a permission is needed). */
  errors?: ErrorStatus[];
}

function successResponse(options: ApiRouteOptions, status: number, where: string) {
  const given = [options.ok, options.oneOf, options.file].filter((o) => o !== undefined).length;
  if (status === 204) {
    if (given > 0) throw new Error(`@ApiRoute on ${where}: a 204 answer has no body`);
    return [ApiResponse({ status, description: 'Done; no body' })];
  }
  if (given !== 1) throw new Error(`@ApiRoute on ${where}: say the success body (ok, oneOf or file)`);
  if (options.file) {
    const schema = { type: 'string', format: 'binary' };
    const content = Object.fromEntries(options.file.map((type) => [type, { schema }]));
    return [ApiResponse({ status, description: 'The file', content })];
  }
  if (options.oneOf) {
    const oneOf = options.oneOf.map((model) => ({ $ref: getSchemaPath(model) }));
    return [
      ApiExtraModels(...options.oneOf),
      ApiResponse({ status, description: 'Success', schema: { oneOf } }),
    ];
  }
  const ok = options.ok!;
  return Array.isArray(ok)
    ? [ApiResponse({ status, description: 'Success', type: ok[0], isArray: true })]
    : [ApiResponse({ status, description: 'Success', type: ok })];
}

/** What the access rule (@Public, @Authenticated) lets a caller be refused with; undeclared routes refuse all. */
function accessErrors(handler: object): ErrorStatus[] {
  const rule = Reflect.getMetadata(ACCESS_KEY, handler) as AccessRule | undefined;
  if (rule?.public) return [];
  return rule?.permission === Permission.SELF ? [401] : [401, 403];
}

/**
 * A route's whole OpenAPI description in one line: summary, success answer and error answers.
 * The success status is the route's own (@HttpCode, else 201 for POST and 200 otherwise) and 401/403 follow from
 * its access rule, so it must sit above the route decorators, whose metadata is then set: it throws otherwise.
 */
export function ApiRoute(options: ApiRouteOptions): MethodDecorator {
  return (target, key, descriptor) => {
    const where = `${target.constructor.name}.${String(key)}`;
    const handler = descriptor.value as object;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) throw new Error(`@ApiRoute on ${where}: put it above @Get, @Post…`);
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
      (method === RequestMethod.POST ? 201 : 200);
    const errors = new Set([...accessErrors(handler), ...(options.errors ?? [])]);
    applyDecorators(
      ApiOperation({ summary: options.summary, description: options.description }),
      ...successResponse(options, status, where),
      ...(options.etag ? [ApiResponse({ status: 304, description: 'Not Modified (If-None-Match)' })] : []),
      ApiErrors([...errors].sort((a, b) => a - b)),
    )(target, key, descriptor);
  };
}
