import { Texts } from '../../i18n/texts';

const es = {
  password: {
    title: 'Cambiar mi contraseña',
    myData: 'Descargar mis datos personales (JSON)',
    intro:
      'Al cambiarla se cierran todas sus sesiones abiertas, también esta: entre de nuevo con la contraseña nueva.',
    current: 'Contraseña actual',
    new: 'Contraseña nueva',
    policy: 'Al menos 10 caracteres, con mayúsculas, minúsculas y números.',
    submit: 'Cambiar contraseña',
  },
};

const en: Texts<typeof es> = {
  password: {
    title: 'Change my password',
    myData: 'Download my personal data (JSON)',
    intro: 'Changing it closes every open session, this one too: sign in again with the new password.',
    current: 'Current password',
    new: 'New password',
    policy: 'At least 10 characters, with upper case, lower case and digits.',
    submit: 'Change password',
  },
};

export const passwordTexts = { es, en };
