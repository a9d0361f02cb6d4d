import PDFDocument from 'pdfkit';
import { formatInZone } from '../domain/editions/wall-clock';
import type { Award } from '../domain/scoring/types';
import { AWARD_LABEL_ES } from './awards-labels';
import type { PublicEdition, PublicNomination, PublicTrack } from './public-snapshot';

export interface CertificateData {
  edition: PublicEdition;
  track: PublicTrack;
  nomination: PublicNomination;
  award: Award;
  aggregate: number | null;
  sha256: string;
  auditHead: string;
  finalizedAt: Date;
  /** Where anyone can check the seal (relative URL of the public results). */
  verifyPath: string;
}

/**
 * A winner's constancia (Spanish), with the seal hash. Deterministic: the same data gives the same bytes
 * (creation date = finalisation instant; PDFKit derives the file id from the document info), so the strong
 * ETag of the public route holds across instances.
 */
export function renderCertificate(data: CertificateData): Promise<Buffer> {
  const { edition, track, nomination } = data;
  const category = nomination.categoryKey
    ? (track.categories.find((c) => c.key === nomination.categoryKey)?.name ?? nomination.categoryKey)
    : null;
  const sealedOn = formatInZone(data.finalizedAt, edition.timezone, 'es');
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margins: { top: 56, bottom: 48, left: 64, right: 64 },
    info: {
      Title: `Constancia - ${AWARD_LABEL_ES[data.award]} - ${nomination.key}`,
      Author: edition.name,
      Subject: `Resultados sellados SHA-256 ${data.sha256}`,
      Keywords: `sha256:${data.sha256} audit:${data.auditHead} nomination:${nomination.key}`,
      CreationDate: data.finalizedAt,
      ModDate: data.finalizedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const center = { align: 'center' as const, width };
  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(2)
    .stroke('#5b2c6f');
  doc.font('Helvetica').fontSize(12).fillColor('#333333').text(edition.name, center);
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(30).fillColor('#5b2c6f').text('CONSTANCIA', center);
  doc.moveDown(0.8);
  doc.font('Helvetica').fontSize(13).fillColor('#000000').text('Se otorga la presente constancia a', center);
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(20).text(nomination.nomineeInstitution.name, center);
  doc.moveDown(0.4);
  doc.font('Helvetica').fontSize(13).text(`por la práctica «${nomination.title}»,`, center);
  doc.text(`postulada por ${nomination.nominatingInstitution.name},`, center);
  doc.moveDown(0.4);
  doc.text('que obtuvo el reconocimiento', center);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#5b2c6f').text(AWARD_LABEL_ES[data.award], center);
  doc.font('Helvetica').fontSize(13).fillColor('#000000');
  doc.text(`en la categoría «${track.name}»${category ? `, ${category}` : ''},`, center);
  const score =
    data.aggregate === null ? '' : ` con puntuación agregada de ${data.aggregate.toFixed(2)} sobre 100`;
  doc.text(`conforme a los resultados finales sellados el ${sealedOn}${score}.`, center);
  doc.moveDown(1.2);
  doc.fontSize(9).fillColor('#333333');
  doc.text(`Clave de la postulación: ${nomination.key}`, center);
  doc.text(`Huella SHA-256 de los resultados sellados: ${data.sha256}`, center);
  doc.text(`Cabeza de la bitácora de auditoría al sellar: ${data.auditHead}`, center);
  doc.text(
    `Cualquier persona puede recalcular los resultados y comprobar la huella con los datos públicos: ${data.verifyPath}`,
    center,
  );
  doc.end();
  return done;
}
