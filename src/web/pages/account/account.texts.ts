import { Texts } from '../../i18n/texts';

const es = {
  account: {
    exportData: 'Descargar todos sus datos personales (JSON), para una solicitud de acceso',
    accounts: 'Cuentas',
    email: 'Correo electrónico',
    role: 'Rol',
    status: 'Estado',
    institution: 'Institución',
    rejectionReason: 'Motivo del rechazo',
    createdAt: 'Registrada',
    rejectHeading: 'Rechazar el registro',
    reason: 'Motivo del rechazo de {name}',
    reasonHint: 'Se guarda en la cuenta y en la bitácora, y se comunica a la persona.',
    reject: 'Rechazar cuenta',
    disableHint: 'La cuenta deja de funcionar al instante: se cierran todas sus sesiones.',
    disable: 'Deshabilitar cuenta',
    enable: 'Rehabilitar cuenta',
  },
};

const en: Texts<typeof es> = {
  account: {
    exportData: 'Download all their personal data (JSON), for an access request',
    accounts: 'Accounts',
    email: 'Email address',
    role: 'Role',
    status: 'Status',
    institution: 'Institution',
    rejectionReason: 'Reason for rejection',
    createdAt: 'Registered',
    rejectHeading: 'Reject the registration',
    reason: 'Reason for rejecting {name}',
    reasonHint: 'Kept on the account and in the audit trail, and sent to the person.',
    reject: 'Reject account',
    disableHint: 'The account stops working at once: every session of it is closed.',
    disable: 'Disable account',
    enable: 'Re-enable account',
  },
};

export const accountTexts = { es, en };
