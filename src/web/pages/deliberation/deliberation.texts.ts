import { Texts } from '../../i18n/texts';

const es = {
  deliberation: {
    title: 'Deliberación — {key}',
    link: 'Deliberación',
    intro:
      'Las evaluaciones enviadas por el jurado de esta postulación en la ronda {round} y su conversación. Solo la ven sus jurados (después de enviar la propia) y la organización; la institución postulante nunca.',
    sheets: 'Evaluaciones enviadas',
    judge: 'Jurado',
    total: 'Total',
    comment: 'Comentario al jurado',
    mine: '(usted)',
    revised: 'Revisada en el consenso. Versión original: {scores} (total {total}). Motivo: {reason}',
    discussion: 'Conversación',
    noPosts: 'Todavía nadie ha escrito.',
    deleted: 'Comentario eliminado.',
    edited: 'editado',
    history: 'Historial',
    historyKinds: { EDITED: 'Antes de editarse', DELETED: 'Antes de eliminarse' },
    newPost: 'Escribir en la conversación',
    body: 'Comentario',
    post: 'Publicar comentario',
    edit: 'Editar',
    editOf: 'Editar el comentario del {date}',
    save: 'Guardar cambios',
    remove: 'Eliminar',
    removeOf: 'Eliminar el comentario del {date}',
    readOnly: 'Solo lectura.',
    consensusOpen: 'La etapa de consenso está abierta.',
    reviseHeading: 'Revisar mi evaluación (una sola vez)',
    reviseHint:
      'Cambie lo que la deliberación le hizo ver y diga por qué. Se conservan ambas versiones; cuenta la revisada, y el documento sellado muestra las dos.',
    reason: 'Motivo de la revisión',
    revise: 'Guardar la evaluación revisada',
    back: 'Volver a mi evaluación',
  },
};

const en: Texts<typeof es> = {
  deliberation: {
    title: 'Deliberation — {key}',
    link: 'Deliberation',
    intro:
      'The evaluations this nomination’s judges submitted in round {round}, and their discussion. Only its judges (after submitting their own) and the organisation see it; the nominating institution never does.',
    sheets: 'Submitted evaluations',
    judge: 'Judge',
    total: 'Total',
    comment: 'Comment to the jury',
    mine: '(you)',
    revised: 'Revised in the consensus step. First version: {scores} (total {total}). Reason: {reason}',
    discussion: 'Discussion',
    noPosts: 'Nobody has written yet.',
    deleted: 'Comment deleted.',
    edited: 'edited',
    history: 'History',
    historyKinds: { EDITED: 'Before it was edited', DELETED: 'Before it was deleted' },
    newPost: 'Write in the discussion',
    body: 'Comment',
    post: 'Post comment',
    edit: 'Edit',
    editOf: 'Edit the comment of {date}',
    save: 'Save changes',
    remove: 'Delete',
    removeOf: 'Delete the comment of {date}',
    readOnly: 'Read only.',
    consensusOpen: 'The consensus step is open.',
    reviseHeading: 'Revise my evaluation (once only)',
    reviseHint:
      'Change what the deliberation made you see, and say why. Both versions are kept; the revised one counts, and the sealed document shows both.',
    reason: 'Reason for the revision',
    revise: 'Save the revised evaluation',
    back: 'Back to my evaluation',
  },
};

export const deliberationTexts = { es, en };
