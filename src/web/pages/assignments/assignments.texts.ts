import { Texts } from '../../i18n/texts';

const es = {
  assignments: {
    title: 'Asignación y avance — {track}',
    reportHeading: 'Informe de la asignación automática',
    reportSummary:
      'Se crearon {added} asignaciones y se conservaron {kept}. Lugares cubiertos: {filled} de {required}. Carga por jurado: de {min} a {max}.',
    unassignedHeading: '{count} postulaciones sin los jurados necesarios',
    unassignedHeadingOne: '1 postulación sin los jurados necesarios',
    unassignedLine:
      '{assigned} de {required} jurados (faltan {missing}); jurados sin conflicto: {free}; disponibles: {eligible}',
    allStaffed: 'Todas las postulaciones tienen los jurados necesarios.',
    conflictingHeading: 'Asignaciones existentes que ahora tienen conflicto',
    loadsCaption: 'Carga de cada jurado',
    existing: 'Previas',
    added: 'Nuevas',
    total: 'Total',
    autoHeading: 'Asignación automática',
    autoHelp:
      'Asigna {k} jurados a cada postulación en competencia, sin conflictos, respetando capacidades y equilibrando cargas. Conserva las asignaciones existentes.',
    autoRun: 'Asignar automáticamente',
    progressHeading: 'Avance',
    nominations: 'Postulaciones en competencia',
    fullyAssigned: 'Con todos sus jurados',
    underAssigned: 'Con jurados faltantes',
    reachingQuorum: 'Con quórum ({quorum} evaluaciones)',
    fullyScored: 'Evaluadas por completo',
    sheets: 'Hojas',
    sheetCounts: '{submitted} enviadas, {drafted} en borrador, {notStarted} sin iniciar',
    perJudge: 'Avance por jurado',
    assigned: 'Asignadas',
    recused: 'Excusas',
    offPanel: 'fuera del panel',
    listHeading: 'Asignaciones',
    none: 'No hay asignaciones.',
    status: 'Estado',
    conflicts: 'Conflictos actuales',
    reopen: 'Reabrir',
    reopenReason: 'Motivo para reabrir',
  },
};

const en: Texts<typeof es> = {
  assignments: {
    title: 'Assignment and progress — {track}',
    reportHeading: 'Automatic assignment report',
    reportSummary:
      '{added} assignments created and {kept} kept. Slots filled: {filled} of {required}. Load per judge: {min} to {max}.',
    unassignedHeading: '{count} nominations without the judges they need',
    unassignedHeadingOne: '1 nomination without the judges it needs',
    unassignedLine:
      '{assigned} of {required} judges ({missing} missing); judges free of conflict: {free}; available: {eligible}',
    allStaffed: 'Every nomination has the judges it needs.',
    conflictingHeading: 'Existing assignments now in conflict',
    loadsCaption: 'Load of each judge',
    existing: 'Before',
    added: 'New',
    total: 'Total',
    autoHeading: 'Automatic assignment',
    autoHelp:
      'Gives each nomination in competition {k} judges, without conflicts, within capacities and with balanced loads. Existing assignments are kept.',
    autoRun: 'Assign automatically',
    progressHeading: 'Progress',
    nominations: 'Nominations in competition',
    fullyAssigned: 'With all their judges',
    underAssigned: 'Missing judges',
    reachingQuorum: 'With quorum ({quorum} reviews)',
    fullyScored: 'Fully reviewed',
    sheets: 'Sheets',
    sheetCounts: '{submitted} submitted, {drafted} drafts, {notStarted} not started',
    perJudge: 'Progress per judge',
    assigned: 'Assigned',
    recused: 'Recusals',
    offPanel: 'off the panel',
    listHeading: 'Assignments',
    none: 'No assignments.',
    status: 'Status',
    conflicts: 'Current conflicts',
    reopen: 'Reopen',
    reopenReason: 'Reason to reopen',
  },
};

export const assignmentsTexts = { es, en };
