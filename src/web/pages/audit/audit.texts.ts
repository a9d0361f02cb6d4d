import { Texts } from '../../i18n/texts';

const es = {
  audit: {
    title: 'Bitácora de auditoría',
    intro:
      'Cada cambio queda registrado en una cadena de entradas enlazadas por su huella SHA-256: alterar o borrar una entrada rompe la cadena desde ese punto.',
    verify: 'Verificar cadena',
    chainOk: 'Cadena íntegra',
    chainBroken: 'Cadena rota',
    verified: 'Se verificaron {count} entradas (última: #{headSeq}).',
    head: 'Huella de la última entrada:',
    firstBroken: 'Primera entrada que no cuadra: #{seq} ({id})',
    anchors: 'Sellos cuyo punto de la cadena se encontró: {ok} de {count}.',
    anchorMissing: 'No se encontró en la cadena: {label} (entrada #{seq}).',
    personalValues:
      'Datos personales guardados aparte de la cadena: {checked} revisados, {altered} alterados. Los datos suprimidos no rompen la cadena.',
    actor: 'Quién',
    action: 'Acción',
    entityType: 'Tipo de registro',
    entityId: 'Identificador del registro',
    entity: 'Registro',
    from: 'Desde (hora de {timezone})',
    to: 'Hasta (hora de {timezone})',
    at: 'Cuándo',
    hash: 'Huella',
    caption: '{count} entradas',
    captionOne: '1 entrada',
    system: 'Sistema',
    pages: 'Páginas de la bitácora',
    newer: 'Más recientes',
    older: 'Anteriores',
    breaks: {
      HASH_MISMATCH: 'su contenido no corresponde a su huella',
      PREV_HASH_MISMATCH: 'no enlaza con la entrada anterior',
      SEQ_GAP: 'falta una entrada antes de ella',
    },
  },
};

const en: Texts<typeof es> = {
  audit: {
    title: 'Audit trail',
    intro:
      'Every change is recorded in a chain of entries linked by their SHA-256 hash: altering or deleting an entry breaks the chain from that point.',
    verify: 'Verify chain',
    chainOk: 'Chain intact',
    chainBroken: 'Chain broken',
    verified: '{count} entries verified (last: #{headSeq}).',
    head: 'Hash of the last entry:',
    firstBroken: 'First entry that does not fit: #{seq} ({id})',
    anchors: 'Seals whose point of the chain was found: {ok} of {count}.',
    anchorMissing: 'Not found in the chain: {label} (entry #{seq}).',
    personalValues:
      'Personal data kept apart from the chain: {checked} checked, {altered} altered. Erased data does not break the chain.',
    actor: 'Who',
    action: 'Action',
    entityType: 'Kind of record',
    entityId: 'Record id',
    entity: 'Record',
    from: 'From ({timezone} time)',
    to: 'To ({timezone} time)',
    at: 'When',
    hash: 'Hash',
    caption: '{count} entries',
    captionOne: '1 entry',
    system: 'System',
    pages: 'Pages of the trail',
    newer: 'Newer',
    older: 'Older',
    breaks: {
      HASH_MISMATCH: 'its content does not match its hash',
      PREV_HASH_MISMATCH: 'it does not link to the previous entry',
      SEQ_GAP: 'an entry before it is missing',
    },
  },
};

export const auditTexts = { es, en };
