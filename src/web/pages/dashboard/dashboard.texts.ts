import { Texts } from '../../i18n/texts';

const es = {
  dashboard: {
    title: 'Panel de organización',
    observer: 'Cuenta de observación: puede consultar todo el proceso, sin modificarlo.',
    pending: '{count} registros de postulantes esperan aprobación.',
    pendingOne: '1 registro de postulante espera aprobación.',
    review: 'Revisarlos',
    proposals: '{count} propuestas esperan la confirmación de otra persona de la organización',
    proposalsOne: '1 propuesta espera la confirmación de otra persona de la organización',
    proposedBy: 'propuesta por {name}',
    noEditions: 'No hay ediciones.',
    consoleLinks: 'Más áreas de la consola',
    newEdition: 'Nueva edición',
    archivedLink: 'Ver las {count} ediciones archivadas',
    archivedLinkOne: 'Ver la edición archivada',
    showingArchived: 'Ediciones archivadas.',
    backToCurrent: 'Volver a las ediciones en curso',
    institutions: 'Instituciones',
    audit: 'Bitácora de auditoría',
    importBundle: 'Importar una edición',
  },
};

const en: Texts<typeof es> = {
  dashboard: {
    title: 'Organisers’ dashboard',
    observer: 'Observer account: you can read the whole process but change nothing.',
    pending: '{count} nominator registrations await approval.',
    pendingOne: '1 nominator registration awaits approval.',
    review: 'Review them',
    proposals: '{count} proposals await another organiser’s confirmation',
    proposalsOne: '1 proposal awaits another organiser’s confirmation',
    proposedBy: 'proposed by {name}',
    noEditions: 'No editions.',
    consoleLinks: 'More console areas',
    newEdition: 'New edition',
    archivedLink: 'See the {count} archived editions',
    archivedLinkOne: 'See the archived edition',
    showingArchived: 'Archived editions.',
    backToCurrent: 'Back to the current editions',
    institutions: 'Institutions',
    audit: 'Audit trail',
    importBundle: 'Import an edition',
  },
};

export const dashboardTexts = { es, en };
