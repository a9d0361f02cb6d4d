import { filetypeinfo } from 'magic-bytes.js';

/** Attachments accepted, decided by content. Office documents are ZIP containers that may carry macros: ask for PDF. */
const ALLOWED = new Map([
  ['pdf', { mime: 'application/pdf', extension: 'pdf' }],
  ['png', { mime: 'image/png', extension: 'png' }],
  ['jpg', { mime: 'image/jpeg', extension: 'jpg' }],
]);

/** The content types an attachment can have, hence its download. */
export const ATTACHMENT_MIME_TYPES = [...ALLOWED.values()].map((a) => a.mime);

export type SniffResult = { ok: true; mime: string; extension: string } | { ok: false; detected: string };

export function sniffAttachment(head: Buffer): SniffResult {
  const candidates = filetypeinfo(head);
  for (const candidate of candidates) {
    const allowed = ALLOWED.get(candidate.typename);
    if (allowed) return { ok: true, ...allowed };
  }
  return { ok: false, detected: candidates[0]?.typename ?? 'desconocido/unknown' };
}
