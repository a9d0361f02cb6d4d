import { Texts } from '../../i18n/texts';

const es = {
  users: {
    title: 'Cuentas',
    role: 'Rol',
    status: 'Estado',
    institution: 'Institución',
    caption: '{count} cuentas',
    approve: 'Aprobar',
    createHeading: 'Crear una cuenta',
    createHint: 'Para jurados, observación y organización. Las instituciones postulantes se registran solas.',
    passwordHint: 'Opcional: al menos 10 caracteres, con mayúsculas, minúsculas y números.',
    institutionHint: 'Obligatoria para cuentas postulantes.',
    create: 'Crear cuenta',
  },
};

const en: Texts<typeof es> = {
  users: {
    title: 'Accounts',
    role: 'Role',
    status: 'Status',
    institution: 'Institution',
    caption: '{count} accounts',
    approve: 'Approve',
    createHeading: 'Create an account',
    createHint: 'For judges, observers and organisers. Nominating institutions register themselves.',
    passwordHint: 'Optional: at least 10 characters, with upper case, lower case and digits.',
    institutionHint: 'Required for nominator accounts.',
    create: 'Create account',
  },
};

export const usersTexts = { es, en };
