import { imageSize } from 'image-size';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFObject, PDFRawStream, PDFStream } from 'pdf-lib';

/** Largest side and area of an accepted image: beyond them a decoder would need gigabytes (a "bomb"). */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 80_000_000;

export type Inspection =
  | { ok: true }
  | { ok: false; problem: 'NOT_WHOLE' }
  | { ok: false; problem: 'ACTIVE_CONTENT'; what: string }
  | { ok: false; problem: 'IMAGE_TOO_LARGE'; width: number; height: number };

/**
 * Checks that the whole file is a document of the type its first bytes claim: the right magic number is not
 * enough (a 4-byte "%PDF" or a PNG followed by a ZIP are refused). PDFs must load completely with pdf-lib and
 * carry no JavaScript and no launch action anywhere in their object tree; images are measured from their
 * header, before anything decodes them, and refused when absurdly large.
 */
export async function inspectAttachment(extension: string, bytes: Buffer): Promise<Inspection> {
  switch (extension) {
    case 'pdf':
      return inspectPdf(bytes);
    case 'png':
      return pngIsWhole(bytes) ? imageDimensions(bytes) : { ok: false, problem: 'NOT_WHOLE' };
    case 'jpg':
      return jpegIsWhole(bytes) ? imageDimensions(bytes) : { ok: false, problem: 'NOT_WHOLE' };
    default:
      return { ok: false, problem: 'NOT_WHOLE' };
  }
}

function imageDimensions(bytes: Buffer): Inspection {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, problem: 'NOT_WHOLE' };
  }
  const width = size.width ?? 0;
  const height = size.height ?? 0;
  if (width < 1 || height < 1) return { ok: false, problem: 'NOT_WHOLE' };
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return { ok: false, problem: 'IMAGE_TOO_LARGE', width, height };
  }
  return { ok: true };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG: the signature, then chunks whose lengths add up exactly to the file, IHDR first and IEND last. */
export function pngIsWhole(bytes: Buffer): boolean {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  let offset = 8;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return false;
    if (first && type !== 'IHDR') return false;
    first = false;
    if (type === 'IEND') return end === bytes.length;
    offset = end;
  }
  return false;
}

/**
 * JPEG: start of image, marker segments whose lengths stay inside the file up to the start of scan, and the
 * end-of-image marker as the last two bytes (a truncated file, or one with something appended, is refused).
 */
export function jpegIsWhole(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return false;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return false;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xda) return true; // start of scan: entropy-coded data runs to the end-of-image marker
    if (marker === 0xd9) return false;
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return false;
    offset += 2 + length;
  }
  return false;
}

/** Actions that run code or other programs when a reader opens or clicks the document. */
const ACTIVE_ACTIONS = new Set(['/JavaScript', '/Launch', '/ImportData', '/Rendition', '/RichMediaExecute']);
/** Keys that carry JavaScript themselves (an action's code, a name tree of scripts). */
const ACTIVE_KEYS = new Set(['/JS', '/JavaScript']);

async function inspectPdf(bytes: Buffer): Promise<Inspection> {
  // Incremental updates may follow, but every complete PDF ends with an end-of-file marker.
  if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF')) {
    return { ok: false, problem: 'NOT_WHOLE' };
  }
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
    });
    if (!(document.catalog instanceof PDFDict)) return { ok: false, problem: 'NOT_WHOLE' };
  } catch {
    return { ok: false, problem: 'NOT_WHOLE' };
  }
  const seen = new Set<PDFObject>();
  try {
    for (const [, object] of document.context.enumerateIndirectObjects()) {
      const what = activeContent(object, seen);
      if (what) return { ok: false, problem: 'ACTIVE_CONTENT', what };
    }
  } catch {
    return { ok: false, problem: 'NOT_WHOLE' }; // nesting deeper than the stack: no real document does that
  }
  return { ok: true };
}

/** The first active element found in `object` and what it contains (references are walked as indirect objects). */
function activeContent(object: PDFObject, seen: Set<PDFObject>): string | null {
  if (seen.has(object)) return null;
  seen.add(object);
  if (object instanceof PDFRawStream || object instanceof PDFStream) return activeContent(object.dict, seen);
  if (object instanceof PDFArray) {
    for (const item of object.asArray()) {
      const what = activeContent(item, seen);
      if (what) return what;
    }
    return null;
  }
  if (!(object instanceof PDFDict)) return null;
  const action = object.get(PDFName.of('S'));
  if (action instanceof PDFName && ACTIVE_ACTIONS.has(action.asString())) return action.asString().slice(1);
  for (const [key, value] of object.entries()) {
    if (ACTIVE_KEYS.has(key.asString())) return key.asString().slice(1);
    const what = activeContent(value, seen);
    if (what) return what;
  }
  return null;
}
