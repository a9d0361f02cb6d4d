import { Texts } from '../../i18n/texts';

const es = {
  arco: {
    mineTitle: 'Mis solicitudes sobre datos personales',
    mineIntro:
      'Puede pedir el acceso a sus datos, su rectificación, su cancelación o oponerse a su tratamiento. La organización responde en un plazo máximo de {days} días hábiles.',
    downloadNow: 'Para el acceso, también puede descargar ahora todos sus datos:',
    download: 'Descargar mis datos personales (JSON)',
    fileHeading: 'Nueva solicitud',
    kind: 'Derecho que ejerce',
    details: 'Qué solicita',
    detailsHint: 'Indique los datos a que se refiere y, para una rectificación, cómo deben quedar.',
    file: 'Enviar solicitud',
    none: 'No hay solicitudes.',
    queueTitle: 'Solicitudes sobre datos personales (ARCO)',
    queueIntro: 'Cada solicitud debe responderse dentro de su plazo legal ({days} días hábiles).',
    filedAt: 'Presentada',
    dueAt: 'Vence',
    overdue: 'Vencida',
    person: 'Persona',
    status: 'Estado',
    answer: 'Respuesta',
    answerHint: 'Lo que se hizo o por qué no procede; la persona la verá en su página.',
    answerButton: 'Responder',
    rectification: 'Datos corregidos (deje vacío lo que no cambia)',
    correctedName: 'Nombre corregido',
    correctedEmail: 'Correo corregido',
    carryOutRectification: 'Aplicar la rectificación al responder',
    carryOutCancellation:
      'Suprimir sus datos personales al responder: cuenta, datos de contacto, correos y datos de la bitácora (no se puede deshacer; los resultados sellados no cambian)',
    exportFor: 'Descargar sus datos (JSON)',
    answeredBy: 'Respondida por {name} el {date}',
    queueLink: 'Solicitudes ARCO',
    kinds: {
      ACCESS: 'Acceso',
      RECTIFICATION: 'Rectificación',
      CANCELLATION: 'Cancelación',
      OPPOSITION: 'Oposición',
    },
    statuses: { OPEN: 'Abierta', ANSWERED: 'Respondida' },
  },
};

const en: Texts<typeof es> = {
  arco: {
    mineTitle: 'My personal data requests',
    mineIntro:
      'You may ask for access to your data, its rectification or cancellation, or oppose its processing. The organisers answer within {days} business days at most.',
    downloadNow: 'For access, you can also download all your data now:',
    download: 'Download my personal data (JSON)',
    fileHeading: 'New request',
    kind: 'Right exercised',
    details: 'What you ask',
    detailsHint: 'Say which data it concerns and, for a rectification, how it should read.',
    file: 'Send request',
    none: 'No requests.',
    queueTitle: 'Personal data requests (ARCO)',
    queueIntro: 'Each request must be answered within its legal term ({days} business days).',
    filedAt: 'Filed',
    dueAt: 'Due',
    overdue: 'Overdue',
    person: 'Person',
    status: 'Status',
    answer: 'Answer',
    answerHint: 'What was done, or why it does not apply; the person sees it on their page.',
    answerButton: 'Answer',
    rectification: 'Corrected data (leave empty what does not change)',
    correctedName: 'Corrected name',
    correctedEmail: 'Corrected e-mail address',
    carryOutRectification: 'Apply the rectification with the answer',
    carryOutCancellation:
      'Erase their personal data with the answer: account, contact data, mail and audit-trail values (cannot be undone; sealed results do not change)',
    exportFor: 'Download their data (JSON)',
    answeredBy: 'Answered by {name} on {date}',
    queueLink: 'ARCO requests',
    kinds: {
      ACCESS: 'Access',
      RECTIFICATION: 'Rectification',
      CANCELLATION: 'Cancellation',
      OPPOSITION: 'Opposition',
    },
    statuses: { OPEN: 'Open', ANSWERED: 'Answered' },
  },
};

export const arcoTexts = { es, en };
