import { Texts } from '../../i18n/texts';

const es = {
  forgotPassword: {
    title: '¿Olvidó su contraseña?',
    intro:
      'Escriba el correo electrónico de su cuenta. Si corresponde a una cuenta, le enviaremos un enlace para elegir una contraseña nueva; el enlace sirve una vez y vence en una hora.',
    submit: 'Enviar el enlace',
    back: 'Volver a Entrar',
  },
};

const en: Texts<typeof es> = {
  forgotPassword: {
    title: 'Forgot your password?',
    intro:
      'Type the email address of your account. If it belongs to an account, we will send a link to choose a new password; the link works once and expires in an hour.',
    submit: 'Send the link',
    back: 'Back to sign in',
  },
};

export const forgotPasswordTexts = { es, en };
