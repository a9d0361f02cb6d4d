import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainException } from '../common/errors/domain-exception';
import { NominationErrors } from './nominations.errors';

/** How many files one nomination may carry. */
export const MAX_ATTACHMENTS = 10;

/** An upload streamed to a temporary file under UPLOADS_DIR, hashed on the way; the caller moves or deletes it. */
export interface ReceivedFile {
  readonly tempPath: string;
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  /** The first bytes, for content sniffing. */
  readonly head: Buffer;
}

const HEAD_BYTES = 4100;

/**
 * Reads the single file of a multipart request. Nothing from the client is used as a path: the temporary file
 * gets a random name. A file over `limit` bytes, or a failing disk, leaves nothing behind.
 */
export async function receiveUpload(
  request: FastifyRequest,
  uploadsDir: string,
  limit: number,
): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw new DomainException(NominationErrors.FILE_MISSING);
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: limit, files: 1, fields: 5 } });
  } catch {
    throw new DomainException(NominationErrors.FILE_MISSING);
  }
  if (!part) throw new DomainException(NominationErrors.FILE_MISSING);

  const tempDir = join(uploadsDir, '.incoming');
  const tempPath = join(tempDir, randomUUID());
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let size = 0;
  let headSize = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headSize));
        headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
      }
      callback(null, chunk);
    },
  });
  try {
    await mkdir(tempDir, { recursive: true });
    await pipeline(part.file, tap, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' || part.file.truncated) {
      throw new DomainException(NominationErrors.FILE_TOO_LARGE, { limit });
    }
    throw new DomainException(NominationErrors.STORAGE_FAILED);
  }
  if (part.file.truncated) {
    await unlink(tempPath).catch(() => undefined);
    throw new DomainException(NominationErrors.FILE_TOO_LARGE, { limit });
  }
  return {
    tempPath,
    name: sanitiseName(part.filename),
    size,
    sha256: hash.digest('hex'),
    head: Buffer.concat(head),
  };
}

/**
 * Characters a person cannot see or that reorder what they see: controls, Unicode format characters (right-to-left
 * override, zero-width space and joiners, bidi isolates, BOM) and line/paragraph separators. "factura\u202Efdp.exe"
 * would otherwise show as "facturaexe.pdf".
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"]/gu;

/** A display name only (never a path): last path segment, no invisible characters, at most 255 characters. */
export function sanitiseName(name: string | undefined): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(INVISIBLE, '').trim();
  return (clean || 'archivo').slice(0, 255);
}

/** Spellings of each stored type's extension that a name may already carry. */
const EXTENSION_SPELLINGS: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg'],
  pdf: ['pdf'],
  png: ['png'],
};

/**
 * The display name with the extension of the type found by content: "evidencia.html" holding a PDF becomes
 * "evidencia.pdf", "foto.JPEG" holding a JPEG stays as it is.
 */
export function nameForType(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if ((EXTENSION_SPELLINGS[extension] ?? [extension]).includes(current)) return name;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem.slice(0, 255 - extension.length - 1)}.${extension}`;
}
