import { Texts } from '../../i18n/texts';

const es = {
  manualAssignment: {
    title: 'Asignación manual — {track}',
    back: 'Asignaciones y avance',
    heading: 'Asignar un jurado a una postulación',
    hint: 'Se rechaza si el jurado tiene conflicto de interés con la postulación, no está en el panel o ya alcanzó su capacidad; el motivo se muestra.',
    nomination: 'Postulación',
    judge: 'Jurado',
    choose: 'Elija una opción',
    assign: 'Asignar jurado',
    caption: '{count} asignaciones activas',
    captionOne: '1 asignación activa',
    sheet: 'Evaluación',
    notStarted: 'Sin iniciar',
    unassign: 'Retirar asignación',
  },
};

const en: Texts<typeof es> = {
  manualAssignment: {
    title: 'Manual assignment — {track}',
    back: 'Assignments and progress',
    heading: 'Assign a judge to a nomination',
    hint: 'Refused when the judge has a conflict of interest with the nomination, is not on the panel or has reached its capacity; the reason is shown.',
    nomination: 'Nomination',
    judge: 'Judge',
    choose: 'Choose one',
    assign: 'Assign judge',
    caption: '{count} active assignments',
    captionOne: '1 active assignment',
    sheet: 'Score sheet',
    notStarted: 'Not started',
    unassign: 'Withdraw assignment',
  },
};

export const manualAssignmentTexts = { es, en };
