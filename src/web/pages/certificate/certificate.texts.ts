import { Texts } from '../../i18n/texts';

const es = {
  certificate: {
    title: 'Verificación de constancia',
    intro:
      'Constancia de la postulación {key}, «{title}» ({institution}), emitida con la versión {version} del sello.',
    stands: '✓ Vigente: la versión actual del sello ({current}) mantiene el reconocimiento «{award}».',
    withdrawn:
      '✗ Retirada: la corrección que selló la versión {version} retiró este reconocimiento. Fe de erratas: «{erratum}»',
    changed:
      '✗ Modificada: la corrección que selló la versión {version} cambió el reconocimiento a «{award}». Fe de erratas: «{erratum}»',
    unknownVersion:
      '✗ La edición no tiene una versión {version} del sello: esta constancia no corresponde a los resultados sellados.',
    noAward: '✗ Con la versión {version} del sello esta postulación no obtuvo reconocimiento.',
    versions: 'Reconocimiento según cada versión del sello',
    version: 'Versión {version} ({date}): {award}',
    none: 'sin reconocimiento',
    results: 'Ver los resultados y verificarlos',
  },
};

const en: Texts<typeof es> = {
  certificate: {
    title: 'Certificate verification',
    intro: 'Certificate of nomination {key}, “{title}” ({institution}), issued under seal version {version}.',
    stands: '✓ Valid: the current seal version ({current}) keeps the award “{award}”.',
    withdrawn:
      '✗ Withdrawn: the correction that sealed version {version} withdrew this award. Erratum: “{erratum}”',
    changed:
      '✗ Changed: the correction that sealed version {version} changed the award to “{award}”. Erratum: “{erratum}”',
    unknownVersion:
      '✗ The edition has no seal version {version}: this certificate does not match the sealed results.',
    noAward: '✗ Under seal version {version} this nomination received no award.',
    versions: 'Award under each seal version',
    version: 'Version {version} ({date}): {award}',
    none: 'no award',
    results: 'See the results and verify them',
  },
};

export const certificateTexts = { es, en };
