import { crc32, deflateSync } from 'node:zlib';
import { PDF_BYTES } from './intake-fixtures';

/**
 * Hostile and broken uploads, generated here rather than committed, each with the answer the server must give.
 * Images are whole in structure (chunks, markers, lengths) but tiny; "bombs" only claim huge dimensions in their
 * header, which is all the server reads before refusing them.
 */
export interface CorpusEntry {
  readonly label: string;
  readonly filename: string;
  readonly bytes: Buffer;
  /** The HTTP status and error code expected, or the stored display name on success. */
  readonly expect: { status: 201; name: string } | { status: 422; code: string };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of width × height, 8-bit greyscale; the pixel data is one row however tall it claims to be. */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const row = Buffer.alloc(1 + Math.min(width, 64));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(row)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/** A baseline JPEG's structure (JFIF header, frame of width × height, one scan) around a token of scan data. */
export function jpeg(width: number, height: number): Buffer {
  const frame = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  frame.writeUInt16BE(height, 1);
  frame.writeUInt16BE(width, 3);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\u0000\u0001\u0001\u0000\u0000\u0001\u0000\u0001\u0000\u0000', 'latin1')),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, frame),
    segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    Buffer.from([0x12, 0x34, 0x56]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A one-page PDF whose catalog carries `catalogExtra` (e.g. an /OpenAction), with extra objects appended. */
export function pdf(catalogExtra = '', extraObjects: string[] = []): Buffer {
  const objects = [
    `<</Type/Catalog/Pages 2 0 R${catalogExtra}>>`,
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
    ...extraObjects,
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const ok = (name: string) => ({ status: 201 as const, name });
const refused = (code: string) => ({ status: 422 as const, code });

export const UPLOAD_CORPUS: readonly CorpusEntry[] = [
  { label: 'a minimal PDF', filename: 'evidencia.pdf', bytes: PDF_BYTES, expect: ok('evidencia.pdf') },
  {
    label: 'a one-page PDF with a cross-reference table',
    filename: 'plan.pdf',
    bytes: pdf(),
    expect: ok('plan.pdf'),
  },
  { label: 'a PDF named .html', filename: 'evidencia.html', bytes: pdf(), expect: ok('evidencia.pdf') },
  { label: 'a PDF without extension', filename: 'evidencia', bytes: pdf(), expect: ok('evidencia.pdf') },
  {
    label: 'an RTL-override name (shows as “facturaexe.pdf”)',
    filename: 'factura\u202Efdp.exe',
    bytes: pdf(),
    expect: ok('facturafdp.pdf'),
  },
  {
    label: 'zero-width and bidi-isolate characters in the name',
    filename: 'evi\u200Bden\u2066cia\u2069\uFEFF.pdf',
    bytes: pdf(),
    expect: ok('evidencia.pdf'),
  },
  { label: 'a PNG', filename: 'foto.png', bytes: png(32, 16), expect: ok('foto.png') },
  { label: 'a JPEG named .jpeg', filename: 'foto.JPEG', bytes: jpeg(40, 30), expect: ok('foto.JPEG') },
  { label: 'a JPEG named .png', filename: 'foto.png', bytes: jpeg(40, 30), expect: ok('foto.jpg') },
  {
    label: 'the 4 bytes “%PDF”',
    filename: 'vacio.pdf',
    bytes: Buffer.from('%PDF'),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'a PDF cut in half',
    filename: 'cortado.pdf',
    bytes: pdf().subarray(0, 120),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'a PDF header followed by HTML',
    filename: 'pagina.pdf',
    bytes: Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n'),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'a PDF running JavaScript on open (/OpenAction)',
    filename: 'abrir.pdf',
    bytes: pdf('/OpenAction 4 0 R', ['<</Type/Action/S/JavaScript/JS(app.alert\\(1\\))>>']),
    expect: refused('FILE_ACTIVE_CONTENT'),
  },
  {
    label: 'a PDF with a document-level script (/Names /JavaScript)',
    filename: 'nombres.pdf',
    bytes: pdf('/Names<</JavaScript 4 0 R>>', ['<</Names[(a) 5 0 R]>>', '<</S/JavaScript/JS(1)>>']),
    expect: refused('FILE_ACTIVE_CONTENT'),
  },
  {
    label: 'a PDF launching a program from a link (/Launch)',
    filename: 'lanzar.pdf',
    bytes: pdf('/OpenAction<</S/Launch/F(cmd.exe)>>'),
    expect: refused('FILE_ACTIVE_CONTENT'),
  },
  {
    label: 'a PDF hiding /JavaScript behind #-escapes in the name',
    filename: 'escapado.pdf',
    bytes: pdf('/OpenAction<</S/J#61vaScript/JS(1)>>'),
    expect: refused('FILE_ACTIVE_CONTENT'),
  },
  {
    label: 'a PNG claiming 100,000 × 100,000 pixels (bomb)',
    filename: 'bomba.png',
    bytes: png(100_000, 100_000),
    expect: refused('IMAGE_TOO_LARGE'),
  },
  {
    label: 'a PNG within each side but over the area limit',
    filename: 'ancha.png',
    bytes: png(19_000, 19_000),
    expect: refused('IMAGE_TOO_LARGE'),
  },
  {
    label: 'a JPEG claiming 65,000 × 65,000 pixels (bomb)',
    filename: 'bomba.jpg',
    bytes: jpeg(65_000, 65_000),
    expect: refused('IMAGE_TOO_LARGE'),
  },
  {
    label: 'a PNG with a ZIP appended (polyglot)',
    filename: 'poliglota.png',
    bytes: Buffer.concat([png(8, 8), Buffer.from('PK\u0003\u0004payload', 'latin1')]),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'a JPEG with HTML appended (polyglot)',
    filename: 'poliglota.jpg',
    bytes: Buffer.concat([jpeg(8, 8), Buffer.from('<script>alert(1)</script>')]),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'a truncated PNG',
    filename: 'cortada.png',
    bytes: png(8, 8).subarray(0, 40),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'a truncated JPEG',
    filename: 'cortada.jpg',
    bytes: jpeg(8, 8).subarray(0, 60),
    expect: refused('FILE_NOT_WHOLE'),
  },
  {
    label: 'HTML with a PDF inside (not a PDF from its first byte)',
    filename: 'evidencia.pdf',
    bytes: Buffer.concat([Buffer.from('<html><body>'), pdf()]),
    expect: refused('FILE_TYPE_NOT_ALLOWED'),
  },
];
