import { Texts } from '../../i18n/texts';

const es = {
  public: {
    intro:
      'Resultados públicos desde el {date} (anuncio programado: {scheduled}). Los datos para recalcularlos y verificarlos están al final de la página.',
    juryMinute: 'Decisión del jurado: «{minute}»',
    version: 'Versión {version} del sello',
    signedWith: 'Firmado (Ed25519) con la llave {key}; la firma se comprueba al verificar.',
    unsigned: 'Sin firma registrada.',
    verifyButton: 'Verificar estos resultados',
    verifyIntro:
      'El botón descarga el paquete público y recalcula en este navegador cada categoría con el mismo código del sistema: compara las huellas recalculadas con las selladas, cada premio y las firmas. Solo se confía en los bytes del paquete.',
    verifierFile: 'Verificador en un solo archivo (verificador.js)',
    verifierUsage: 'Uso, con Node.js y sin instalar nada: node verificador.js paquete-publico.json',
    verifierHash: 'SHA-256 de verificador.js',
    keys: 'Llaves públicas de firma (JSON)',
    seals: 'Versiones del sello (JSON)',
    historyHeading: 'Versiones del sello y fe de erratas',
    historyVersion: 'Versión {version}, sellada el {date}',
    historyChange: '{title}: {before} → {after}',
    none: 'ninguno',
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
    intro:
      'Results public since {date} (scheduled announcement: {scheduled}). The data to recompute and verify them is at the end of the page.',
    juryMinute: 'Jury’s decision: “{minute}”',
    version: 'Seal version {version}',
    signedWith: 'Signed (Ed25519) with key {key}; the signature is checked when verifying.',
    unsigned: 'No signature recorded.',
    verifyButton: 'Verify these results',
    verifyIntro:
      'The button downloads the public bundle and recomputes every track in this browser with the system’s own code: it compares the recomputed fingerprints with the sealed ones, each award and the signatures. Only the bundle’s bytes are trusted.',
    verifierFile: 'Single-file verifier (verificador.js)',
    verifierUsage: 'Usage, with Node.js and nothing to install: node verificador.js paquete-publico.json',
    verifierHash: 'SHA-256 of verificador.js',
    keys: 'Public signing keys (JSON)',
    seals: 'Seal versions (JSON)',
    historyHeading: 'Seal versions and errata',
    historyVersion: 'Version {version}, sealed on {date}',
    historyChange: '{title}: {before} → {after}',
    none: 'none',
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
