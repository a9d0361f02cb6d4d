import { Texts } from '../../i18n/texts';

const es = {
  setPassword: {
    titleInvitation: 'Cree su contraseña',
    titleReset: 'Elija una contraseña nueva',
    titleInvalid: 'Enlace no válido',
    introInvitation:
      'Bienvenido(a), {name}. Cree la contraseña de su cuenta {email} para entrar a Reconocimientos.',
    introReset:
      'Elija una contraseña nueva para la cuenta {email}. Al guardarla se cerrarán sus sesiones abiertas.',
    invalid: 'Este enlace ya no es válido: se usó, se reemplazó por uno más reciente, se revocó o venció.',
    askAgain: 'Pida un enlace nuevo',
    password: 'Contraseña nueva',
    passwordConfirm: 'Repita la contraseña',
    passwordHint: 'Al menos 10 caracteres, con mayúsculas, minúsculas y números.',
    mismatch: 'passwordConfirm: no coincide con la contraseña nueva',
    submit: 'Guardar la contraseña',
  },
};

const en: Texts<typeof es> = {
  setPassword: {
    titleInvitation: 'Set your password',
    titleReset: 'Choose a new password',
    titleInvalid: 'Link not valid',
    introInvitation:
      'Welcome, {name}. Set the password of your account {email} to sign in to Reconocimientos.',
    introReset: 'Choose a new password for the account {email}. Saving it ends your open sessions.',
    invalid: 'This link is no longer valid: it was used, replaced by a newer one, revoked, or it expired.',
    askAgain: 'Ask for a new link',
    password: 'New password',
    passwordConfirm: 'Repeat the password',
    passwordHint: 'At least 10 characters, with upper case, lower case and digits.',
    mismatch: 'passwordConfirm: does not match the new password',
    submit: 'Save the password',
  },
};

export const setPasswordTexts = { es, en };
