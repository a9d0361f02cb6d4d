import { Texts } from '../../i18n/texts';

const es = {
  users: {
    title: 'Cuentas',
    search: 'Buscar por nombre o correo',
    role: 'Rol',
    status: 'Estado',
    institution: 'Institución',
    caption: '{count} cuentas',
    captionOne: '1 cuenta',
    approve: 'Aprobar',
    createHeading: 'Crear una cuenta',
    createHint: 'Para jurados, observación y organización. Las instituciones postulantes se registran solas.',
    passwordHint:
      'Déjela vacía para invitar a la persona: recibirá por correo un enlace para crear su propia contraseña.',
    invitationPending: 'Invitación pendiente',
    resendInvitation: 'Reenviar la invitación',
    revokeInvitation: 'Revocar la invitación',
    invitationOf: ' de {name}',
    institutionHint: 'Obligatoria para cuentas postulantes.',
    create: 'Crear cuenta',
  },
};

const en: Texts<typeof es> = {
  users: {
    title: 'Accounts',
    search: 'Search by name or e-mail',
    role: 'Role',
    status: 'Status',
    institution: 'Institution',
    caption: '{count} accounts',
    captionOne: '1 account',
    approve: 'Approve',
    createHeading: 'Create an account',
    createHint: 'For judges, observers and organisers. Nominating institutions register themselves.',
    passwordHint: 'Leave it empty to invite the person: they get a link by mail to set their own password.',
    invitationPending: 'Invitation pending',
    resendInvitation: 'Re-send the invitation',
    revokeInvitation: 'Revoke the invitation',
    invitationOf: ' for {name}',
    institutionHint: 'Required for nominator accounts.',
    create: 'Create account',
  },
};

export const usersTexts = { es, en };
