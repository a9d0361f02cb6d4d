import type { CertificateHistory } from '../../../results/public-results.service';
import { pageTemplate } from '../../page-template';

/** One version of the sealed results as the certificate page shows it. */
export interface CertificateVersionLine {
  version: number;
  sha256: string;
  finalizedAt: string;
  erratum: string | null;
  award: string | null;
  /** The version the visitor's certificate names. */
  issued: boolean;
}

/** What a certificate's QR code opens: whether its award still stands under the current seal version. */
export interface CertificateView {
  history: CertificateHistory;
  timezone: string;
  /** The version the certificate names, if it is one of the edition's. */
  issued: CertificateVersionLine | null;
  current: CertificateVersionLine;
  /** The certificate's award is the current one. */
  stands: boolean;
  /** The correction that changed it (the first version after the issued one with another award). */
  changedBy: CertificateVersionLine | null;
  versions: CertificateVersionLine[];
  resultsUrl: string;
  /** The version number the link named. */
  requested: number;
}

export const CERTIFICATE_PAGE = pageTemplate<CertificateView>(__dirname, 'certificate');

export function certificateView(
  history: CertificateHistory,
  version: number,
  timezone: string,
): Omit<CertificateView, 'requested'> {
  const versions = history.versions.map((v) => ({ ...v, issued: v.version === version }));
  const issued = versions.find((v) => v.issued) ?? null;
  const current = versions[versions.length - 1];
  const changedBy = issued
    ? (versions.find((v) => v.version > issued.version && v.award !== issued.award) ?? null)
    : null;
  return {
    history,
    timezone,
    issued,
    current,
    stands: issued !== null && issued.award !== null && changedBy === null,
    changedBy,
    versions,
    resultsUrl: `/resultados/${history.editionId}`,
  };
}
