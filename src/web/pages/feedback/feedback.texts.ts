import { Texts } from '../../i18n/texts';

const es = {
  feedback: {
    title: 'Retroalimentación a las instituciones — {track}',
    decideTitle: 'Retroalimentación sobre {key}',
    intro:
      'Lo que cada jurado escribió para la institución postulante. Publíquelo tal cual o editado (por ejemplo, para quitar lo que identifique a quien lo escribió) o reténgalo con un motivo. La institución lo lee sin nombres cuando los resultados son públicos.',
    closed: 'Los resultados ya son públicos: estas decisiones ya no cambian.',
    none: 'Ningún jurado ha escrito retroalimentación en una hoja enviada.',
    nomination: 'Postulación',
    judge: 'Jurado',
    written: 'Texto del jurado',
    state: 'Estado',
    released: 'Texto publicado',
    review: 'Revisar',
    reviewOf: 'Revisar la retroalimentación de {judge} sobre {key}',
    reason: 'Motivo',
    states: { PENDING: 'Por revisar', RELEASED: 'Publicada', WITHHELD: 'Retenida' },
    releaseHeading: 'Publicar',
    releaseHint: 'Edite el texto si hace falta; quedará registrado quién lo decidió y por qué.',
    editReasonHint: 'Opcional: por qué se editó.',
    release: 'Publicar retroalimentación',
    withholdHeading: 'Retener',
    withholdHint: 'La institución no la leerá nunca. El motivo queda en la bitácora.',
    withhold: 'Retener retroalimentación',
    back: 'Volver a la lista',
    link: 'Retroalimentación a las instituciones',
  },
};

const en: Texts<typeof es> = {
  feedback: {
    title: 'Feedback to the institutions — {track}',
    decideTitle: 'Feedback on {key}',
    intro:
      'What each judge wrote for the nominating institution. Release it as written or edited (for instance, to remove what would identify who wrote it) or withhold it with a reason. The institution reads it without names once the results are public.',
    closed: 'The results are public: these decisions no longer change.',
    none: 'No judge has written feedback on a submitted sheet.',
    nomination: 'Nomination',
    judge: 'Judge',
    written: 'The judge’s text',
    state: 'State',
    released: 'Released text',
    review: 'Review',
    reviewOf: 'Review the feedback of {judge} on {key}',
    reason: 'Reason',
    states: { PENDING: 'To review', RELEASED: 'Released', WITHHELD: 'Withheld' },
    releaseHeading: 'Release',
    releaseHint: 'Edit the text if needed; who decided it, and why, is recorded.',
    editReasonHint: 'Optional: why it was edited.',
    release: 'Release feedback',
    withholdHeading: 'Withhold',
    withholdHint: 'The institution will never read it. The reason goes to the audit trail.',
    withhold: 'Withhold feedback',
    back: 'Back to the list',
    link: 'Feedback to the institutions',
  },
};

export const feedbackTexts = { es, en };
