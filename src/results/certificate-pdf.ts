import PDFDocument from 'pdfkit';
import { dirname, join } from 'node:path';
import QRCode from 'qrcode';
import { formatInZone } from '../domain/editions/wall-clock';
import type { Award } from '../domain/scoring/types';
import { AWARD_LABEL_ES } from './awards-labels';
import type { PublicEdition, PublicNomination, PublicTrack } from './public-snapshot';

/**
 * DejaVu Sans, embedded (subset) in every certificate: the PDF standard fonts cannot print U+2212 (the minus of
 * "UTC−06:00") and only some accents; DejaVu has every character Spanish and the offsets need.
 */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSans-Bold.ttf');

export interface CertificateData {
  edition: PublicEdition;
  track: PublicTrack;
  nomination: PublicNomination;
  award: Award;
  aggregate: number | null;
  sha256: string;
  auditHead: string;
  /** The seal version the certificate was issued under. */
  version: number;
  finalizedAt: Date;
  /** Absolute URL of the certificate's verification page (also in the QR code). */
  verifyUrl: string;
}

/**
 * A winner's constancia (Spanish): the award, the track and category, the seal version and hash, who signs it,
 * and a QR code to its verification page. Deterministic: the same data gives the same bytes (creation date =
 * sealing instant; PDFKit derives the file id from the document info), so the strong ETag holds across instances.
 */
export async function renderCertificate(data: CertificateData): Promise<Buffer> {
  const { edition, track, nomination } = data;
  const category = nomination.categoryKey
    ? (track.categories.find((c) => c.key === nomination.categoryKey)?.name ?? nomination.categoryKey)
    : null;
  const sealedOn = formatInZone(data.finalizedAt, edition.timezone, 'es');
  const qr = await QRCode.toBuffer(data.verifyUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 1,
    scale: 4,
  });
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margins: { top: 52, bottom: 40, left: 64, right: 64 },
    info: {
      Title: `Constancia - ${AWARD_LABEL_ES[data.award]} - ${nomination.key}`,
      Author: edition.name,
      Subject: `Resultados sellados, versión ${data.version}, SHA-256 ${data.sha256}`,
      Keywords: `sha256:${data.sha256} version:${data.version} audit:${data.auditHead} nomination:${nomination.key}`,
      CreationDate: data.finalizedAt,
      ModDate: data.finalizedAt,
    },
  });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width: pageWidth, height: pageHeight } = doc.page;
  const left = doc.page.margins.left;
  const width = pageWidth - left - doc.page.margins.right;
  const center = { align: 'center' as const, width };
  doc
    .rect(28, 28, pageWidth - 56, pageHeight - 56)
    .lineWidth(2)
    .stroke('#5b2c6f');
  doc.font('body').fontSize(12).fillColor('#333333').text(edition.name, left, 52, center);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(28).fillColor('#5b2c6f').text('CONSTANCIA', center);
  doc.moveDown(0.6);
  doc.font('body').fontSize(12.5).fillColor('#000000').text('Se otorga la presente constancia a', center);
  doc.moveDown(0.3);
  doc.font('bold').fontSize(19).text(nomination.nomineeInstitution.name, center);
  doc.moveDown(0.3);
  doc.font('body').fontSize(12.5).text(`por la práctica «${nomination.title}»,`, center);
  doc.text(`postulada por ${nomination.nominatingInstitution.name},`, center);
  doc.moveDown(0.3);
  doc.text('que obtuvo el reconocimiento', center);
  doc.font('bold').fontSize(21).fillColor('#5b2c6f').text(AWARD_LABEL_ES[data.award], center);
  doc.font('body').fontSize(12.5).fillColor('#000000');
  doc.text(
    `en la categoría de reconocimiento «${track.name}»${category ? `, subcategoría «${category}»` : ''},`,
    center,
  );
  const score =
    data.aggregate === null ? '' : ` con puntuación agregada de ${data.aggregate.toFixed(2)} sobre 100`;
  doc.text(`conforme a los resultados finales sellados el ${sealedOn}${score}.`, center);

  const signatories = edition.signatories ?? [];
  if (signatories.length > 0) {
    const y = pageHeight - 205;
    const slot = width / signatories.length;
    signatories.forEach((s, i) => {
      const x = left + i * slot + 16;
      const w = slot - 32;
      doc
        .moveTo(x, y)
        .lineTo(x + w, y)
        .lineWidth(0.8)
        .stroke('#333333');
      doc
        .font('bold')
        .fontSize(10.5)
        .fillColor('#000000')
        .text(s.name, x, y + 6, { width: w, align: 'center' });
      doc.font('body').fontSize(9.5).fillColor('#333333').text(s.post, { width: w, align: 'center' });
    });
  }

  const qrSize = 92;
  const footerY = pageHeight - 44 - qrSize;
  doc.image(qr, left, footerY, { width: qrSize, height: qrSize });
  const textX = left + qrSize + 14;
  const textWidth = width - qrSize - 14;
  doc.font('body').fontSize(8.5).fillColor('#333333');
  doc.text(`Clave de la postulación: ${nomination.key}`, textX, footerY + 4, { width: textWidth });
  doc.text(`Resultados sellados, versión ${data.version}. Huella SHA-256: ${data.sha256}`, {
    width: textWidth,
  });
  doc.text(`Cabeza de la bitácora de auditoría al sellar: ${data.auditHead}`, { width: textWidth });
  doc.text('Verifique esta constancia y recalcule los resultados con los datos públicos:', {
    width: textWidth,
  });
  doc.font('bold').text(data.verifyUrl, { width: textWidth, link: data.verifyUrl });
  doc.end();
  return done;
}
