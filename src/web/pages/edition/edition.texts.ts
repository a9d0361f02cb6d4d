import { Texts } from '../../i18n/texts';

const es = {
  edition: {
    edit: 'Editar nombre, fechas y entidades',
    allNominations: 'Postulaciones (búsqueda, prórrogas)',
    exports: 'Exportaciones para el acta (XLSX, CSV) y paquete',
    phase: 'Fase',
    timezone: 'Zona horaria',
    nominations: 'Postulaciones',
    judging: 'Evaluación',
    announcement: 'Anuncio',
    states: 'Entidades participantes',
    tracks: 'Convocatorias',
    k: 'Jurados por postulación',
    quorum: 'Quórum',
    aggregation: 'Método de agregación',
    places: 'Lugares',
    mentions: 'menciones',
    threshold: 'Umbral',
    blind: 'Evaluación ciega',
    frozen: 'Rúbrica congelada',
    eligibility: 'Elegibilidad',
    panel: 'Panel y conflictos',
    assignments: 'Asignación y avance',
    results: 'Resultados',
    sealHeading: 'Sello y publicación',
    finalizedAt: 'Sellado el',
    auditHead: 'Cabeza de la bitácora',
    publishedAt: 'Publicación',
    byAnnouncement: 'Por la fecha de anuncio',
    notYet: 'Aún no',
    publicPage: 'Ver la página pública de resultados',
    publishHelp: 'Los resultados se hacen públicos automáticamente el {date}, o antes si los publica ahora.',
    publish: 'Publicar resultados',
    notFinalized: 'Los resultados no se han sellado.',
    correctionHeading: 'Abrir una corrección de los resultados sellados',
    correctionHelp:
      'Una corrección vuelve a permitir ajustes del jurado y la reapertura de hojas; al sellarla se publica como nueva versión, con su fe de erratas, y la anterior sigue consultable.',
    erratum: 'Fe de erratas',
    erratumHint: 'Qué se corrige y por qué; se publica con la nueva versión.',
    openCorrection: 'Abrir la corrección',
    correctionOpen:
      'Corrección abierta desde el {date}: los ajustes del jurado y la reapertura de hojas vuelven a estar permitidos hasta sellarla.',
    finalizeCorrectionHelp: 'Sellar la corrección la publica como nueva versión de los resultados.',
    finalizeHelp:
      'Sellar bloquea las hojas de evaluación y los ajustes y registra la huella de los resultados. Revise antes la vista previa de cada convocatoria.',
    finalize: 'Sellar resultados',
    archiveHeading: 'Archivo',
    archiveHelp:
      'Archivar saca la edición de la lista diaria de la organización; no cambia nada de ella y puede deshacerse.',
    archive: 'Archivar edición',
    archivedSince: 'Archivada desde el {date}.',
    unarchive: 'Sacar del archivo',
    typeSeal:
      'Sellar no se deshace desde aquí: las evaluaciones y ajustes quedan bloqueados y solo una corrección publicada puede cambiar los resultados. Escriba SELLAR para confirmar',
    typePublish:
      'Publicar muestra los resultados a todo el público de inmediato. Escriba PUBLICAR para confirmar',
    retention:
      'Conservación: los datos de contacto, archivos y cuentas de las postulaciones no reconocidas se suprimen {months} meses después de la publicación.',
    retentionApplied: 'Plazo aplicado el {date}.',
    retentionPlan:
      'El {date} vence el plazo y se aplica solo: se suprimirán los datos de contacto de {nominations} postulaciones sin reconocimiento, {files} archivos, {accounts} cuentas de postulantes y {mails} correos (lo que hoy cumpliría esas condiciones).',
    proposalsHeading: 'Propuestas (cuatro ojos)',
    fourEyesOn:
      'Esta edición pide cuatro ojos: las decisiones del jurado y el sellado que propone una persona de la organización se aplican solo cuando otra las confirma. Una propuesta caduca si cambian los datos en que se basó.',
    fourEyesAlone:
      'Solo hay una cuenta de organización activa: nadie puede confirmar las propuestas. Cree otra cuenta de organización en Cuentas o, si la edición no lo requiere, quite los cuatro ojos en «Editar nombre, fechas y entidades».',
    noPending: 'No hay propuestas pendientes.',
    proposedBy: 'Propuesta por {name} el {date}.',
    proposalReason: 'Motivo',
    confirmProposal: 'Confirmar y aplicar',
    awaitingOther: 'Su propuesta: espera la confirmación de otra persona de la organización.',
    rejectReason: 'Motivo del rechazo',
    rejectProposal: 'Rechazar',
    decidedHeading: 'Propuestas decididas',
    sealAfterJudgingOpen:
      'La evaluación sigue abierta hasta el {date}: los jurados aún pueden enviar hojas, así que los resultados no pueden sellarse todavía. Espere al cierre o cierre la evaluación ahora.',
    sealAfterJudging: 'Los resultados podrán sellarse cuando cierre la evaluación ({date}).',
    closeJudging: 'Cerrar la evaluación ahora',
    closeJudgingReason: 'Motivo del cierre anticipado',
    closeJudgingHint:
      'Queda en la bitácora con la fecha de cierre prevista. Desde ese momento ningún jurado puede enviar ni cambiar hojas.',
    acknowledgeNothingRanked:
      'Entiendo que ninguna postulación tiene lugar en la clasificación y que los resultados se sellarán sin reconocimientos',
    deleteHeading: 'Eliminar la edición',
    deleteHelp:
      'Una edición que nunca se selló puede eliminarse con todo lo que contiene: categorías, postulaciones y sus archivos, paneles, conflictos, asignaciones, hojas de evaluación y decisiones del jurado. No se puede deshacer; la bitácora conserva el registro de la eliminación.',
    typeDelete: 'Para eliminar «{name}» y todo su contenido, escriba ELIMINAR',
    delete: 'Eliminar edición',
  },
};

const en: Texts<typeof es> = {
  edition: {
    edit: 'Edit name, dates and states',
    allNominations: 'Nominations (search, extensions)',
    exports: 'Exports for the minutes (XLSX, CSV) and bundle',
    phase: 'Phase',
    timezone: 'Time zone',
    nominations: 'Nominations',
    judging: 'Judging',
    announcement: 'Announcement',
    states: 'Participating states',
    tracks: 'Calls',
    k: 'Judges per nomination',
    quorum: 'Quorum',
    aggregation: 'Aggregation method',
    places: 'Places',
    mentions: 'mentions',
    threshold: 'Threshold',
    blind: 'Blind review',
    frozen: 'Rubric frozen',
    eligibility: 'Eligibility',
    panel: 'Panel and conflicts',
    assignments: 'Assignment and progress',
    results: 'Results',
    sealHeading: 'Seal and publication',
    finalizedAt: 'Sealed on',
    auditHead: 'Audit trail head',
    publishedAt: 'Publication',
    byAnnouncement: 'By the announcement date',
    notYet: 'Not yet',
    publicPage: 'See the public results page',
    publishHelp: 'The results become public automatically on {date}, or earlier if you publish them now.',
    publish: 'Publish results',
    notFinalized: 'The results have not been sealed.',
    correctionHeading: 'Open a correction of the sealed results',
    correctionHelp:
      'A correction allows jury decisions and sheet reopening again; once sealed it is published as a new version, with its erratum, and the previous one stays available.',
    erratum: 'Erratum',
    erratumHint: 'What is corrected and why; published with the new version.',
    openCorrection: 'Open the correction',
    correctionOpen:
      'Correction open since {date}: jury decisions and sheet reopening are allowed again until it is sealed.',
    finalizeCorrectionHelp: 'Sealing the correction publishes it as a new version of the results.',
    finalizeHelp:
      'Sealing locks the score sheets and overrides and records the fingerprint of the results. Check each call’s preview first.',
    finalize: 'Seal results',
    archiveHeading: 'Archive',
    archiveHelp:
      'Archiving takes the edition off the organisers’ everyday list; nothing in it changes and it can be undone.',
    archive: 'Archive edition',
    archivedSince: 'Archived since {date}.',
    unarchive: 'Bring back from the archive',
    typeSeal:
      'Sealing cannot be undone here: evaluations and overrides are locked and only a published correction can change the results. Type SEAL to confirm',
    typePublish: 'Publishing shows the results to everyone at once. Type PUBLISH to confirm',
    retention:
      'Retention: the contact data, files and accounts of nominations without an award are erased {months} months after publication.',
    retentionApplied: 'Period applied on {date}.',
    retentionPlan:
      'The period ends on {date} and is applied automatically: the contact data of {nominations} nominations without an award, {files} files, {accounts} nominator accounts and {mails} mails will be erased (what meets those conditions today).',
    proposalsHeading: 'Proposals (four eyes)',
    fourEyesOn:
      'This edition asks for four eyes: jury decisions and the seal proposed by one organiser take effect only when another confirms them. A proposal expires if the data it was based on changes.',
    fourEyesAlone:
      'There is only one active organiser account: nobody can confirm proposals. Create another organiser account under Accounts or, if the edition does not require it, turn four eyes off under “Edit name, dates and states”.',
    noPending: 'No pending proposals.',
    proposedBy: 'Proposed by {name} on {date}.',
    proposalReason: 'Reason',
    confirmProposal: 'Confirm and apply',
    awaitingOther: 'Your proposal: waiting for another organiser to confirm it.',
    rejectReason: 'Reason for rejecting',
    rejectProposal: 'Reject',
    decidedHeading: 'Decided proposals',
    sealAfterJudgingOpen:
      'Judging is open until {date}: judges may still submit sheets, so the results cannot be sealed yet. Wait for it to close, or close judging now.',
    sealAfterJudging: 'The results can be sealed once judging closes ({date}).',
    closeJudging: 'Close judging now',
    closeJudgingReason: 'Reason for closing early',
    closeJudgingHint:
      'Recorded in the audit trail with the planned close. From then on no judge can submit or change a sheet.',
    acknowledgeNothingRanked:
      'I understand that no nomination is ranked and that the results will be sealed without awards',
    deleteHeading: 'Delete the edition',
    deleteHelp:
      'An edition that was never sealed can be deleted with everything it holds: tracks, nominations and their files, panels, conflicts, assignments, score sheets and jury decisions. It cannot be undone; the audit trail keeps the record of the deletion.',
    typeDelete: 'To delete “{name}” and everything in it, type DELETE',
    delete: 'Delete edition',
  },
};

export const editionTexts = { es, en };
