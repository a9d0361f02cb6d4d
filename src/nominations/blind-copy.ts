import { PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib';
import sharp from 'sharp';

/** The extension of each type the system accepts (file-sniffer.ts decides the type by content). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/**
 * The name a judge of a blind track sees for a nomination's attachment: the nomination's key and the file's
 * place among its attachments (`L-003-2.pdf`), never what the uploader called it ("Informe-CDMX-Gobierno.pdf").
 */
export function blindName(nominationKey: string, index: number, mimeType: string): string {
  return `${nominationKey}-${index + 1}.${EXTENSIONS[mimeType] ?? 'bin'}`;
}

/**
 * A copy of an attachment without what identifies its author beyond its visible content: a PDF loses its
 * document information (Author, Creator, Producer, Title, Subject, Keywords, dates) and every XMP metadata
 * stream; an image is decoded and encoded again without EXIF, XMP, ICC comments or text chunks (turned upright
 * first, since its orientation lived in the EXIF being dropped). The visible content is unchanged. The original
 * stays as it was uploaded, for organisers.
 */
export async function blindCopy(bytes: Buffer, mimeType: string): Promise<Buffer> {
  switch (mimeType) {
    case 'application/pdf':
      return blindPdf(bytes);
    case 'image/png':
      return sharp(bytes).rotate().png().toBuffer();
    case 'image/jpeg':
      return sharp(bytes).rotate().jpeg({ quality: 92 }).toBuffer();
    default:
      // No other type is ever stored; refusing to hand out an unknown one is the safe side.
      throw new Error(`no blind copy for ${mimeType}`);
  }
}

async function blindPdf(bytes: Buffer): Promise<Buffer> {
  // updateMetadata: false, or pdf-lib would write its own Producer, Creator and dates.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  // pdf-lib writes every object it holds, referenced or not: the information dictionary and the XMP streams
  // are deleted as objects, not only unlinked.
  const info = context.trailerInfo.Info;
  if (info instanceof PDFRef) context.delete(info);
  context.trailerInfo.Info = undefined;
  const dictionaries: PDFDict[] = [doc.catalog];
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict) dictionaries.push(object);
    else if (object instanceof PDFStream) dictionaries.push(object.dict);
  }
  // XMP hangs from pages, images and fonts too, not only from the catalog; PieceInfo keeps editors' private data.
  for (const dict of dictionaries) {
    for (const key of [METADATA, PIECE_INFO]) {
      const value = dict.get(key);
      if (value instanceof PDFRef) context.delete(value);
      dict.delete(key);
    }
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

const METADATA = PDFName.of('Metadata');
const PIECE_INFO = PDFName.of('PieceInfo');
