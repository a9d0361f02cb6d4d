import { Texts } from '../../i18n/texts';

const es = {
  nominations: {
    title: 'Mis postulaciones',
    titleAll: 'Postulaciones',
    newHeading: 'Nueva postulación',
    newIn: 'Postular en «{track}»',
    deadline: 'cierre: {date}',
    noneOpen: 'No hay convocatorias abiertas en este momento.',
    listHeading: 'Postulaciones registradas',
    filterEdition: 'Edición',
    filterStatus: 'Estado',
    empty: 'No hay postulaciones con estos criterios.',
    caption: '{total} postulaciones',
    captionOne: '1 postulación',
    key: 'Clave',
    track: 'Convocatoria',
    status: 'Estado',
    updated: 'Última modificación',
  },
  nomination: {
    feedbackHeading: 'Comentarios del jurado',
    feedbackHint:
      'Lo que el jurado escribió para su institución, revisado por la organización y sin nombres.',
    feedbackNone: 'El jurado no dejó comentarios para esta postulación.',
    lock: {
      FINALIZED: 'La edición ya tiene resultados sellados: esta postulación ya no puede cambiar.',
      DEADLINE_PASSED:
        'El plazo venció el {deadline}: el borrador ya no puede editarse, recibir archivos ni enviarse. La organización puede conceder una prórroga.',
      NOT_OPEN_YET:
        'La convocatoria abre el {opens}: hasta entonces el borrador no puede editarse ni enviarse.',
    },
    newTitle: 'Nueva postulación: {track}',
    edition: 'Edición',
    deadline: 'Fecha límite',
    createHeading: 'Datos de la postulación',
    editHeading: 'Datos de la postulación (borrador)',
    formHint:
      'Puede guardar el borrador las veces que quiera hasta la fecha límite; solo se evalúa una vez enviada.',
    onBehalfHint:
      'Para postulaciones recibidas en papel o por correo: la institución a nombre de la cual se registra.',
    nomineeHint: 'La institución cuya práctica se postula (puede ser la suya).',
    stateHintLocal:
      'Obligatoria: la entidad del ejercicio local; debe participar en la iniciativa de esta edición.',
    stateHintFederal: 'Opcional en prácticas federales.',
    summaryHint: 'Entre 20 y 1 500 caracteres.',
    practice: 'Detalles de la práctica',
    startedOnHint: 'AAAA, AAAA-MM o AAAA-MM-DD.',
    evidenceHint: 'Direcciones http(s) completas, una por línea.',
    contact: 'Contacto',
    create: 'Crear borrador',
    save: 'Guardar borrador',
    contents: 'Contenido de la postulación',
    ineligible: 'No elegible:',
    viewReceipt: 'Ver el acuse de recibo',
    attachments: 'Archivos adjuntos',
    noAttachments: 'Sin archivos adjuntos.',
    fileName: 'Archivo',
    fileSize: 'Tamaño',
    removeFile: 'Eliminar',
    file: 'Archivo a adjuntar',
    fileHint: 'PDF, PNG o JPEG; hasta {size} MiB por archivo y {max} archivos por postulación.',
    upload: 'Adjuntar archivo',
    submitHeading: 'Enviar la postulación',
    submitHelp:
      'Al enviarla ya no podrá modificarla. Recibirá un acuse con la fecha y la huella SHA-256 del contenido. Fecha límite: {deadline}.',
    submit: 'Enviar postulación',
    consent:
      'Autorizo que, tras el anuncio de resultados, esta práctica aparezca en el catálogo público de prácticas (título, resumen, instituciones, entidad, enlaces de evidencia y reconocimiento, si lo hay)',
    consentHint:
      'Es opcional y no influye en la evaluación. Nunca se publican los datos de contacto ni los archivos. Sin esta casilla la práctica no aparece en el catálogo.',
    consentPrivacy: 'Aviso de privacidad',
    withdrawHeading: 'Retirar la postulación',
    withdrawHelp: 'Una postulación retirada no se evalúa. Esta acción no se puede deshacer.',
    withdraw: 'Retirar postulación',
  },
  receipt: {
    title: 'Acuse de recibo',
    intro: 'La postulación se recibió con el contenido que resume la huella siguiente.',
    submittedAt: 'Fecha y hora de envío',
    hash: 'Huella SHA-256 del contenido',
    hashHelp:
      'La huella se calcula sobre los datos enviados y las huellas de los archivos adjuntos (JSON canónico, RFC 8785). Cualquier cambio posterior produciría otra huella.',
    back: 'Volver a la postulación',
  },
};

const en: Texts<typeof es> = {
  nominations: {
    title: 'My nominations',
    titleAll: 'Nominations',
    newHeading: 'New nomination',
    newIn: 'Nominate in “{track}”',
    deadline: 'closes: {date}',
    noneOpen: 'No call is open right now.',
    listHeading: 'Registered nominations',
    filterEdition: 'Edition',
    filterStatus: 'Status',
    empty: 'No nominations match.',
    caption: '{total} nominations',
    captionOne: '1 nomination',
    key: 'Key',
    track: 'Call',
    status: 'Status',
    updated: 'Last changed',
  },
  nomination: {
    feedbackHeading: 'The jury’s comments',
    feedbackHint: 'What the jury wrote for your institution, reviewed by the organisers and without names.',
    feedbackNone: 'The jury left no comments for this nomination.',
    lock: {
      FINALIZED: 'The edition’s results are sealed: this nomination can no longer change.',
      DEADLINE_PASSED:
        'The deadline passed on {deadline}: the draft can no longer be edited, take files or be submitted. The organisers may grant an extension.',
      NOT_OPEN_YET: 'The call opens on {opens}: until then the draft cannot be edited or submitted.',
    },
    newTitle: 'New nomination: {track}',
    edition: 'Edition',
    deadline: 'Deadline',
    createHeading: 'Nomination details',
    editHeading: 'Nomination details (draft)',
    formHint:
      'You can save the draft as often as you like until the deadline; it is only reviewed once submitted.',
    onBehalfHint:
      'For nominations received on paper or by mail: the institution on whose behalf it is recorded.',
    nomineeHint: 'The institution whose practice is nominated (it may be yours).',
    stateHintLocal:
      'Required: the state of the local exercise; it must take part in this edition’s initiative.',
    stateHintFederal: 'Optional for federal practices.',
    summaryHint: 'Between 20 and 1,500 characters.',
    practice: 'About the practice',
    startedOnHint: 'YYYY, YYYY-MM or YYYY-MM-DD.',
    evidenceHint: 'Full http(s) addresses, one per line.',
    contact: 'Contact',
    create: 'Create draft',
    save: 'Save draft',
    contents: 'Nomination contents',
    ineligible: 'Ineligible:',
    viewReceipt: 'View the receipt',
    attachments: 'Attachments',
    noAttachments: 'No attachments.',
    fileName: 'File',
    fileSize: 'Size',
    removeFile: 'Remove',
    file: 'File to attach',
    fileHint: 'PDF, PNG or JPEG; up to {size} MiB per file and {max} files per nomination.',
    upload: 'Attach file',
    submitHeading: 'Submit the nomination',
    submitHelp:
      'Once submitted it can no longer change. You will get a receipt with the time and the SHA-256 fingerprint of its contents. Deadline: {deadline}.',
    submit: 'Submit nomination',
    consent:
      'I agree that, after the results are announced, this practice appears in the public practices catalogue (title, summary, institutions, state, evidence links and award, if any)',
    consentHint:
      'It is optional and has no bearing on judging. Contact data and files are never published. Without this box the practice is left out of the catalogue.',
    consentPrivacy: 'Privacy notice',
    withdrawHeading: 'Withdraw the nomination',
    withdrawHelp: 'A withdrawn nomination is not reviewed. This cannot be undone.',
    withdraw: 'Withdraw nomination',
  },
  receipt: {
    title: 'Receipt',
    intro: 'The nomination was received with the contents summarised by the fingerprint below.',
    submittedAt: 'Submitted at',
    hash: 'SHA-256 fingerprint of the contents',
    hashHelp:
      'The fingerprint covers the submitted data and the fingerprints of the attachments (canonical JSON, RFC 8785). Any later change would give another fingerprint.',
    back: 'Back to the nomination',
  },
};

export const nominationsTexts = { es, en };
