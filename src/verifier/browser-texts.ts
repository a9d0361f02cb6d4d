import type { SignatureStatus } from '../domain/verification/verify-bundle';

export interface VerifierTexts {
  working: string;
  verified: string;
  notVerified: string;
  error: string;
  sealedHash: string;
  recomputedHash: string;
  desierto: string;
  changedRows: string;
  rounds: string;
  sealed: string;
  recomputed: string;
  versions: string;
  version: string;
  key: string;
  brokenChain: string;
  awards: Record<string, string>;
  fields: Record<string, string>;
  signature: Record<SignatureStatus, string>;
}

/** What the verify button shows, Spanish first (the page's `lang` decides). */
export const TEXTS: Record<'es' | 'en', VerifierTexts> = {
  es: {
    working: 'Descargando el paquete público y recalculando…',
    verified:
      '✓ Verificado: los premios recalculados, las huellas, las firmas y la cadena de versiones coinciden.',
    notVerified: '✗ No verificado: el paquete no reproduce lo sellado (ver abajo).',
    error: 'Error',
    sealedHash: 'Huella sellada (SHA-256)',
    recomputedHash: 'Huella recalculada (SHA-256)',
    desierto: 'desierto',
    changedRows: 'Filas que difieren:',
    rounds: 'Rondas: las listas de finalistas no cuadran con sus reglas o con la ronda siguiente:',
    sealed: 'sellado',
    recomputed: 'recalculado',
    versions: 'Versiones del sello y firmas',
    version: 'Versión',
    key: 'llave',
    brokenChain: 'la cadena de versiones no coincide',
    awards: {
      FIRST: 'Primer lugar',
      SECOND: 'Segundo lugar',
      THIRD: 'Tercer lugar',
      HONOURABLE_MENTION: 'Mención honorífica',
    },
    fields: {
      missing: 'falta',
      rank: 'posición',
      aggregate: 'puntuación agregada',
      computedAward: 'premio calculado',
      finalAward: 'premio final',
    },
    signature: {
      VALID: 'firma válida',
      INVALID: 'la firma no coincide',
      UNKNOWN_KEY: 'firmada con una llave desconocida',
      NOT_IN_FORCE: 'llave no vigente al sellar',
      UNSIGNED: 'sin firma',
    },
  },
  en: {
    working: 'Downloading the public bundle and recomputing…',
    verified:
      '✓ Verified: the recomputed awards, the hashes, the signatures and the chain of versions match.',
    notVerified: '✗ Not verified: the bundle does not reproduce what was sealed (see below).',
    error: 'Error',
    sealedHash: 'Sealed hash (SHA-256)',
    recomputedHash: 'Recomputed hash (SHA-256)',
    desierto: 'void (desierto)',
    changedRows: 'Rows that differ:',
    rounds: 'Rounds: the shortlists do not agree with their rules or with the next round:',
    sealed: 'sealed',
    recomputed: 'recomputed',
    versions: 'Seal versions and signatures',
    version: 'Version',
    key: 'key',
    brokenChain: 'the chain of versions does not match',
    awards: {
      FIRST: 'First place',
      SECOND: 'Second place',
      THIRD: 'Third place',
      HONOURABLE_MENTION: 'Honourable mention',
    },
    fields: {
      missing: 'missing',
      rank: 'rank',
      aggregate: 'aggregate score',
      computedAward: 'computed award',
      finalAward: 'final award',
    },
    signature: {
      VALID: 'valid signature',
      INVALID: 'the signature does not match',
      UNKNOWN_KEY: 'signed by an unknown key',
      NOT_IN_FORCE: 'key not in force when sealed',
      UNSIGNED: 'not signed',
    },
  },
};
