import { Texts } from '../../i18n/texts';

const es = {
  public: {
    intro: 'Resultados anunciados el {date}. Los datos para recalcularlos están al final de la página.',
    desierto: 'Desierto',
    score: 'Puntaje {score}',
    byJury: 'por decisión del jurado',
    certificate: 'Constancia',
    dataHeading: 'Datos abiertos y verificación',
    dataIntro:
      'Descargue los resultados y el paquete público anonimizado (rúbricas, postulaciones y todas las calificaciones, con los jurados como J1, J2…) para recalcular los reconocimientos.',
    json: 'Resultados (JSON)',
    csv: 'Reconocimientos (CSV)',
    bundle: 'Paquete público anonimizado (JSON)',
    sealHash: 'Huella SHA-256 del sello',
    verifyHelp:
      'La huella es el SHA-256 del JSON canónico (RFC 8785) del documento de resultados; cualquiera puede recalcularla.',
  },
};

const en: Texts<typeof es> = {
  public: {
    intro: 'Results announced on {date}. The data to recompute them is at the end of the page.',
    desierto: 'Void (desierto)',
    score: 'Score {score}',
    byJury: 'by the jury’s decision',
    certificate: 'Certificate',
    dataHeading: 'Open data and verification',
    dataIntro:
      'Download the results and the anonymised public bundle (rubrics, nominations and every score, with judges as J1, J2…) to recompute the awards.',
    json: 'Results (JSON)',
    csv: 'Awards (CSV)',
    bundle: 'Anonymised public bundle (JSON)',
    sealHash: 'SHA-256 fingerprint of the seal',
    verifyHelp:
      'The fingerprint is the SHA-256 of the canonical JSON (RFC 8785) of the results document; anyone can recompute it.',
  },
};

export const publicResultsTexts = { es, en };
