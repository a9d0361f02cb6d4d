import { Texts } from '../../i18n/texts';

const es = {
  panel: {
    title: 'Panel — {track}',
    intro:
      'Cada postulación elegible recibe {k} jurados del panel, sin conflictos de interés y con cargas equilibradas.',
    toAssignments: 'Ir a la asignación y el avance',
    members: 'Integrantes del panel',
    noJudges: 'No hay jurados activos.',
    createJudges: 'Crear cuentas de jurado',
    onPanel: 'En el panel',
    capacity: 'Capacidad',
    capacityOf: 'Capacidad de {name}',
    capacityHint: 'Capacidad: máximo de asignaciones activas en esta convocatoria; vacío, sin límite.',
    active: 'Asignaciones activas',
    affiliations: 'Afiliaciones',
    affiliationsHint:
      'Cada afiliación (institución, entidad o ambas) cuenta para los conflictos de interés. Al agregar una, las asignaciones en conflicto se reasignan.',
    noAffiliations: 'Sin afiliaciones.',
    affInstitution: 'Institución',
    affState: 'Entidad',
    addAffiliation: 'Agregar afiliación',
    removeAffiliation: 'Quitar',
    save: 'Guardar panel',
    empty: 'El panel está vacío.',
    judge: 'Jurado',
    conflicts: 'Conflictos de interés declarados',
    noConflicts: 'No hay conflictos declarados.',
    with: 'Con',
    nomination: 'Postulación',
    reason: 'Motivo',
    declaredAt: 'Fecha',
    removeConflict: 'Eliminar',
    declareHeading: 'Declarar un conflicto',
    declareHint: 'Con una postulación o con una institución (una de las dos).',
    declare: 'Declarar conflicto',
  },
};

const en: Texts<typeof es> = {
  panel: {
    title: 'Panel — {track}',
    intro:
      'Each eligible nomination gets {k} judges from the panel, free of conflicts of interest, with balanced loads.',
    toAssignments: 'Go to assignment and progress',
    members: 'Panel members',
    noJudges: 'There are no active judges.',
    createJudges: 'Create judge accounts',
    onPanel: 'On the panel',
    capacity: 'Capacity',
    capacityOf: 'Capacity of {name}',
    capacityHint: 'Capacity: most active assignments in this call; empty means no limit.',
    active: 'Active assignments',
    affiliations: 'Affiliations',
    affiliationsHint:
      'Every affiliation (institution, state or both) counts for conflicts of interest. Adding one reassigns the assignments it puts in conflict.',
    noAffiliations: 'No affiliations.',
    affInstitution: 'Institution',
    affState: 'State',
    addAffiliation: 'Add affiliation',
    removeAffiliation: 'Remove',
    save: 'Save panel',
    empty: 'The panel is empty.',
    judge: 'Judge',
    conflicts: 'Declared conflicts of interest',
    noConflicts: 'No conflicts declared.',
    with: 'With',
    nomination: 'Nomination',
    reason: 'Reason',
    declaredAt: 'Date',
    removeConflict: 'Remove',
    declareHeading: 'Declare a conflict',
    declareHint: 'With a nomination or with an institution (one of the two).',
    declare: 'Declare conflict',
  },
};

export const panelTexts = { es, en };
