import { createHash } from 'node:crypto';
import exifr from 'exifr';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { SESSION_COOKIE } from '../../src/auth/session';
import { newJudge } from '../support/factories';
import { newInstitution, nominationBody, openEdition, PDF_BYTES } from '../support/intake-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const binary = (
  res: { on: (event: string, listener: (chunk?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('judges read the evidence of the nominations assigned to them, and only those', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('downloads an attachment through the assignment; another judge gets 404', async () => {
    const organiser = await t.login();
    const as = { authorization: `Bearer ${organiser}` };
    const edition = await openEdition(t, organiser);
    const institution = await newInstitution(t, organiser, {
      name: 'Gobierno con evidencia',
      stateCode: '09',
    });
    const nomination = await t.http
      .post('/api/nominations')
      .set(as)
      .send(nominationBody(edition.localTrackId, institution, { nominatingInstitutionId: institution }))
      .expect(201);
    const attachment = await t.http
      .post(`/api/nominations/${nomination.body.id}/attachments`)
      .set(as)
      .attach('file', PDF_BYTES, { filename: 'evidencia.pdf' })
      .expect(201);
    await t.http.post(`/api/nominations/${nomination.body.id}/submit`).set(as).expect(200);
    const judge = await newJudge(t, [{ stateCode: '14' }]);
    const other = await newJudge(t, [{ stateCode: '15' }]);
    await t.http
      .put(`/api/tracks/${edition.localTrackId}/panel`)
      .set(as)
      .send({ members: [{ judgeId: judge.id }, { judgeId: other.id }] })
      .expect(200);
    const assignment = await t.http
      .post(`/api/tracks/${edition.localTrackId}/assignments`)
      .set(as)
      .send({ nominationId: nomination.body.id, judgeId: judge.id })
      .expect(201);
    const path = `/api/assignments/${assignment.body.id}/attachments/${attachment.body.id}`;

    const judgeToken = await judge.login();
    const file = await t.http
      .get(path)
      .set('authorization', `Bearer ${judgeToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    // The local track is blind by default: the judge's copy is the same document without its metadata.
    expect((file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await PDFDocument.load(file.body as Buffer, { updateMetadata: false });
    expect(file.headers['content-type']).toBe('application/pdf');

    await t.http
      .get(path)
      .set('authorization', `Bearer ${await other.login()}`)
      .expect(404);
    await t.http
      .get(`/api/nominations/${nomination.body.id}/attachments/${attachment.body.id}`)
      .set('authorization', `Bearer ${judgeToken}`)
      .expect(403);
  });
});

describe('blind tracks: judges get a copy of each attachment without its author’s traces (issue 15)', () => {
  let t: TestApp;
  const AUTHOR = 'Mariana Informante Gobierno CDMX';

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  /** A PDF carrying its author in the information dictionary and in an XMP stream, as office suites write it. */
  async function pdfWithAuthor(): Promise<Buffer> {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawText('Evidencia de la práctica', { x: 10, y: 100, size: 12 });
    doc.setAuthor(AUTHOR);
    doc.setTitle(`Informe de ${AUTHOR}`);
    doc.setSubject('Gobierno de la Ciudad de México');
    doc.setKeywords(['CDMX', AUTHOR]);
    doc.setCreator('Procesador de textos de la Secretaría');
    doc.setProducer('Exportador PDF 1.0');
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${AUTHOR}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  }

  const image = (format: 'jpeg' | 'png') => {
    const picture = sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 40, b: 40 } },
    }).withExif({ IFD0: { Artist: AUTHOR, Copyright: AUTHOR, ImageDescription: 'Foto de la CDMX' } });
    return (format === 'jpeg' ? picture.jpeg() : picture.png()).toBuffer();
  };

  it('renames the files, strips PDF metadata and image EXIF for the judge; organisers keep the original bytes', async () => {
    const organiser = await t.login();
    const as = { authorization: `Bearer ${organiser}` };
    const edition = await openEdition(t, organiser);
    await t.http.patch(`/api/tracks/${edition.localTrackId}`).set(as).send({ blind: true }).expect(200);
    const institution = await newInstitution(t, organiser, { name: 'Gobierno de la CDMX', stateCode: '09' });
    const nomination = await t.http
      .post('/api/nominations')
      .set(as)
      .send(nominationBody(edition.localTrackId, institution, { nominatingInstitutionId: institution }))
      .expect(201);
    const files = [
      { bytes: await pdfWithAuthor(), filename: 'Informe-CDMX-Gobierno.pdf' },
      { bytes: await image('jpeg'), filename: 'Foto-Mariana-CDMX.jpg' },
      { bytes: await image('png'), filename: 'Mapa-CDMX.png' },
    ];
    // The images really carry their author before the copy (the test would prove nothing otherwise).
    expect((await exifr.parse(files[1].bytes, { ifd0: true } as never))?.Artist).toBe(AUTHOR);
    const ids: string[] = [];
    for (const file of files) {
      const res = await t.http
        .post(`/api/nominations/${nomination.body.id}/attachments`)
        .set(as)
        .attach('file', file.bytes, { filename: file.filename })
        .expect(201);
      ids.push(res.body.id as string);
      t.clock.advance(1000);
    }
    await t.http.post(`/api/nominations/${nomination.body.id}/submit`).set(as).expect(200);
    const judge = await newJudge(t, [{ stateCode: '14' }]);
    await t.http
      .put(`/api/tracks/${edition.localTrackId}/panel`)
      .set(as)
      .send({ members: [{ judgeId: judge.id }] })
      .expect(200);
    const assignment = await t.http
      .post(`/api/tracks/${edition.localTrackId}/assignments`)
      .set(as)
      .send({ nominationId: nomination.body.id, judgeId: judge.id })
      .expect(201);
    const judgeToken = await judge.login();
    const key = nomination.body.key as string;
    const expectedNames = [`${key}-1.pdf`, `${key}-2.jpg`, `${key}-3.png`];

    const view = await t.http
      .get(`/api/assignments/${assignment.body.id}`)
      .set('authorization', `Bearer ${judgeToken}`)
      .expect(200);
    expect(view.body.nomination.attachments.map((a: { name: string }) => a.name)).toEqual(expectedNames);
    expect(JSON.stringify(view.body)).not.toMatch(/Informe-CDMX|Mariana|Mapa-CDMX/);

    const get = (path: string, headers: Record<string, string>) =>
      t.http.get(path).set(headers).buffer(true).parse(binary).expect(200);
    for (const [i, id] of ids.entries()) {
      const path = `/api/assignments/${assignment.body.id}/attachments/${id}`;
      const copy = await get(path, { authorization: `Bearer ${judgeToken}` });
      const page = await get(`/jurado/asignaciones/${assignment.body.id}/archivos/${id}`, {
        cookie: `${SESSION_COOKIE}=${judgeToken}`,
      });
      for (const res of [copy, page]) {
        const body = res.body as Buffer;
        expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${expectedNames[i]}`);
        expect(body.includes(Buffer.from('Mariana'))).toBe(false);
        expect(body.includes(Buffer.from('CDMX'))).toBe(false);
      }
      const body = copy.body as Buffer;
      if (i === 0) {
        const pdf = await PDFDocument.load(body, { updateMetadata: false });
        expect(pdf.getPageCount()).toBe(1);
        expect([pdf.getAuthor(), pdf.getTitle(), pdf.getSubject(), pdf.getKeywords()]).toEqual([
          undefined,
          undefined,
          undefined,
          undefined,
        ]);
        expect([pdf.getCreator(), pdf.getProducer()]).toEqual([undefined, undefined]);
        expect(pdf.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
      } else {
        const exif = await exifr.parse(body, true).catch(() => undefined);
        expect(exif?.Artist).toBeUndefined();
        expect(exif?.Copyright).toBeUndefined();
        const meta = await sharp(body).metadata();
        expect([meta.width, meta.height, meta.exif]).toEqual([40, 30, undefined]);
      }
      // The organiser (even through the assignment) gets the original bytes, under the original name.
      const original = await get(`/api/nominations/${nomination.body.id}/attachments/${id}`, as);
      const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      expect(hash(original.body as Buffer)).toBe(hash(files[i].bytes));
      const onBehalf = await get(path, as);
      expect(hash(onBehalf.body as Buffer)).toBe(hash(files[i].bytes));
    }
  });
});
