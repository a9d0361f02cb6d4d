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
    rectifyHeading: 'Rectificar sus datos',
    rectifyHint:
      'Para atender una solicitud de rectificación. La bitácora conserva el valor anterior hasta una supresión.',
    name: 'Nombre',
    rectify: 'Guardar la rectificación',
    eraseHeading: 'Suprimir sus datos personales',
    eraseExplained:
      'Para atender una solicitud de cancelación. Se reemplazan su nombre y correo, se borran su contraseña, sus enlaces y los correos dirigidos a la persona, los datos de contacto de las postulaciones en que figura como contacto y los datos personales que guarda la bitácora. La cuenta conserva su identificador, así que los resultados sellados no cambian y la bitácora sigue verificándose. No se puede deshacer.',
    typeErase: 'Para suprimir los datos de esta persona, escriba SUPRIMIR',
    erase: 'Suprimir datos personales',
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
    rectifyHeading: 'Rectify their data',
    rectifyHint:
      'To answer a rectification request. The audit trail keeps the former value until an erasure.',
    name: 'Name',
    rectify: 'Save the rectification',
    eraseHeading: 'Erase their personal data',
    eraseExplained:
      'To answer a cancellation request. Their name and address are replaced; their password, links and the mail addressed to them are deleted, as are the contact data of the nominations naming them as contact and the personal values the audit trail holds. The account keeps its id, so sealed results do not change and the audit trail still verifies. This cannot be undone.',
    typeErase: 'To erase this person’s data, type ERASE',
    erase: 'Erase personal data',
  },
};

export const accountTexts = { es, en };
