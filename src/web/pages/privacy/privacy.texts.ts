import { Texts } from '../../i18n/texts';

const es = {
  privacy: {
    title: 'Aviso de privacidad',
    templateWarning:
      'Plantilla pendiente de revisión por el área jurídica del Instituto: no es un texto oficial ni vinculante hasta su aprobación.',
    sections: [
      'Responsable',
      'El Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales (INAI), con el núcleo de la sociedad civil de la Alianza para el Gobierno Abierto, es responsable del tratamiento de los datos personales recabados en este sistema, conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados.',
      '',
      'Datos personales que se recaban',
      '- De las cuentas: nombre, correo electrónico y contraseña (se guarda solo su huella cifrada con argon2id).',
      '- De las personas de contacto de cada postulación: nombre, correo electrónico y, opcionalmente, teléfono.',
      '- De los jurados: nombre, correo electrónico y sus afiliaciones (institución y entidad federativa), necesarias para evitar conflictos de interés.',
      '- Registros técnicos: fecha y hora de cada acción en la bitácora de auditoría y la dirección IP en los registros del servidor.',
      'No se recaban datos personales sensibles.',
      '',
      'Finalidades',
      '- Recibir, evaluar y resolver las postulaciones a los reconocimientos.',
      '- Comunicarse con las instituciones postulantes y con los jurados.',
      '- Evitar conflictos de interés en la asignación de evaluaciones.',
      '- Dar trazabilidad y transparencia al proceso mediante una bitácora verificable.',
      '',
      'Transferencias y datos publicados',
      'No se transfieren datos personales. Se publican los resultados, los títulos y resúmenes de las prácticas y las calificaciones, con los jurados anonimizados (J1, J2…) y sin datos de contacto.',
      'Catálogo de prácticas: al enviar una postulación puede autorizar, con una casilla que viene desmarcada, que tras el anuncio la práctica aparezca en el catálogo público (título, resumen, instituciones, entidad, enlaces de evidencia y reconocimiento). La autorización queda en la bitácora. Nunca se publican datos de contacto ni archivos.',
      '',
      'Conservación',
      'Los datos se conservan durante la edición y [plazo por definir] después del anuncio de resultados, conforme al catálogo de disposición documental del Instituto; después se suprimen, salvo los resultados publicados y la bitácora, que se conservan anonimizados.',
      '',
      'Derechos ARCO',
      'Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición, así como la portabilidad, ante la Unidad de Transparencia del Instituto [datos de contacto por definir] o mediante la Plataforma Nacional de Transparencia.',
      '',
      'Cambios al aviso',
      'Cualquier cambio a este aviso se publicará en esta página.',
    ].join('\n'),
  },
};

const en: Texts<typeof es> = {
  privacy: {
    title: 'Privacy notice',
    templateWarning:
      'Template awaiting review by the Institute’s legal office: it is neither official nor binding until approved.',
    sections: [
      'Controller',
      'The National Institute for Transparency, Access to Information and Personal Data Protection (INAI), with the civil-society core group of the Open Government Partnership, is responsible for the personal data collected in this system, under the General Law on the Protection of Personal Data Held by Obligated Subjects.',
      '',
      'Personal data collected',
      '- Accounts: name, email address and password (only its argon2id hash is kept).',
      '- Contact persons of each nomination: name, email address and, optionally, phone number.',
      '- Judges: name, email address and their affiliations (institution and state), needed to avoid conflicts of interest.',
      '- Technical records: the date and time of each action in the audit trail, and the IP address in the server logs.',
      'No sensitive personal data is collected.',
      '',
      'Purposes',
      '- To receive, review and decide the nominations for the recognitions.',
      '- To communicate with nominating institutions and judges.',
      '- To avoid conflicts of interest when assigning reviews.',
      '- To make the process traceable and transparent through a verifiable audit trail.',
      '',
      'Transfers and published data',
      'No personal data is transferred. The results, the titles and summaries of the practices and the scores are published, with judges anonymised (J1, J2…) and without contact data.',
      'Practices catalogue: when submitting a nomination you may agree, with a box that starts unticked, that after the announcement the practice appears in the public catalogue (title, summary, institutions, state, evidence links and award). The consent is recorded in the audit trail. Contact data and files are never published.',
      '',
      'Retention',
      'Data is kept during the edition and for [period to be defined] after the announcement, under the Institute’s records schedule; it is then deleted, except the published results and the audit trail, which are kept anonymised.',
      '',
      'ARCO rights',
      'You may exercise your rights of access, rectification, cancellation and opposition, and portability, before the Institute’s Transparency Unit [contact details to be defined] or through the National Transparency Platform.',
      '',
      'Changes to this notice',
      'Any change to this notice will be published on this page.',
    ].join('\n'),
  },
};

export const privacyTexts = { es, en };
