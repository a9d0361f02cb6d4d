import { Texts } from '../../i18n/texts';

const es = {
  editionForm: {
    newTitle: 'Nueva edición',
    editTitle: 'Editar la edición',
    name: 'Nombre',
    year: 'Año',
    timezone: 'Zona horaria',
    timezoneHint: 'Las fechas se capturan y se muestran en esta zona horaria.',
    dates: 'Fechas',
    datesHint: 'Fecha y hora locales de la zona horaria elegida (no UTC).',
    nominationsOpenAt: 'Apertura de postulaciones',
    nominationsCloseAt: 'Cierre de postulaciones',
    judgingOpenAt: 'Inicio de la evaluación',
    judgingCloseAt: 'Cierre de la evaluación',
    announcementAt: 'Anuncio de resultados',
    states: 'Entidades federativas participantes (categoría local)',
    statesHint: 'Solo las instituciones de estas entidades pueden postular prácticas locales.',
    noStates:
      'Crear la edición aunque ninguna entidad participe todavía (nadie podrá postular prácticas locales hasta elegirlas).',
    retentionMonths: 'Conservación de datos (meses tras la publicación)',
    retentionHint:
      'Pasado este plazo se suprimen los datos de contacto, archivos y cuentas de las postulaciones no reconocidas (aviso de privacidad).',
    fourEyes:
      'Cuatro ojos: las decisiones del jurado y el sellado necesitan la confirmación de otra persona de la organización',
    fourEyesHint: 'Quien propone no puede confirmar. Requiere al menos dos cuentas de organización activas.',
    create: 'Crear edición',
    save: 'Guardar cambios',
    cloneHeading: 'Clonar para el año siguiente',
    cloneExplain:
      'Crea una edición nueva con las mismas categorías, rúbricas y entidades, y las fechas recorridas un año. No copia postulaciones, jurados ni resultados.',
    cloneYear: 'Año de la nueva edición',
    cloneName: 'Nombre de la nueva edición',
    clone: 'Clonar edición',
  },
};

const en: Texts<typeof es> = {
  editionForm: {
    newTitle: 'New edition',
    editTitle: 'Edit the edition',
    name: 'Name',
    year: 'Year',
    timezone: 'Time zone',
    timezoneHint: 'Dates are entered and shown in this time zone.',
    dates: 'Dates',
    datesHint: 'Local date and time in the chosen time zone (not UTC).',
    nominationsOpenAt: 'Nominations open',
    nominationsCloseAt: 'Nominations close',
    judgingOpenAt: 'Judging opens',
    judgingCloseAt: 'Judging closes',
    announcementAt: 'Results announced',
    states: 'Participating states (local track)',
    statesHint: 'Only institutions of these states may nominate local practices.',
    noStates:
      'Create the edition although no state takes part yet (nobody can nominate local practices until they are chosen).',
    retentionMonths: 'Data retention (months after publication)',
    retentionHint:
      'After this period the contact data, files and accounts of nominations without an award are erased (privacy notice).',
    fourEyes: 'Four eyes: jury decisions and the seal need another organiser’s confirmation',
    fourEyesHint: 'Whoever proposes cannot confirm. Needs at least two active organiser accounts.',
    create: 'Create edition',
    save: 'Save changes',
    cloneHeading: 'Clone for the next year',
    cloneExplain:
      'Creates a new edition with the same tracks, rubrics and states, and the dates moved one year on. Nominations, judges and results are not copied.',
    cloneYear: 'Year of the new edition',
    cloneName: 'Name of the new edition',
    clone: 'Clone edition',
  },
};

export const editionFormTexts = { es, en };
