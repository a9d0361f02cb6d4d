import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { CommonErrors } from '../../../common/errors/common.errors';
import { DomainException } from '../../../common/errors/domain-exception';
import { verifyCsrf } from '../../csrf';

export interface UploadedBundle {
  /** The parsed JSON (anything: the import validates it). */
  bundle: unknown;
  asKey: string | undefined;
}

const fileProblem = (es: string, en: string) =>
  new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
    { field: 'file', code: 'invalid', message: { es: `file: ${es}`, en: `file: ${en}` } },
  ]);

/**
 * The bundle file of the import form (multipart: `_csrf` and `asKey` come before `file`), checked for the CSRF
 * token, read up to `limit` bytes and parsed as JSON. A missing file or one that is not JSON is the form's
 * problem; one over the limit is the API's 413.
 */
export async function readBundleUpload(request: FastifyRequest, limit: number): Promise<UploadedBundle> {
  if (!request.isMultipart()) {
    // A plain form post (no file could travel in it): its token is checked, then the missing file named.
    verifyCsrf(request, (request.body as { _csrf?: unknown } | undefined)?._csrf);
    throw fileProblem('elija un archivo JSON', 'choose a JSON file');
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: limit, files: 1, fields: 5 } });
  } catch {
    throw fileProblem('elija un archivo JSON', 'choose a JSON file');
  }
  const field = (name: string) => {
    const value = part?.fields[name];
    return value && !Array.isArray(value) && value.type === 'field' ? String(value.value) : undefined;
  };
  verifyCsrf(request, field('_csrf'));
  if (!part || !part.filename) throw fileProblem('elija un archivo JSON', 'choose a JSON file');
  const bytes = await part.toBuffer();
  if (part.file.truncated) {
    throw new DomainException(CommonErrors.PAYLOAD_TOO_LARGE, { limit });
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw fileProblem('no es un documento JSON válido', 'is not a valid JSON document');
  }
  return { bundle, asKey: field('asKey')?.trim() || undefined };
}
