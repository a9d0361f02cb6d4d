import { Texts } from '../../i18n/texts';

const es = {
  arcoByEmail: {
    title: 'Solicitud sobre sus datos personales',
    intro:
      'Puede pedir acceso a sus datos personales, su rectificación o cancelación, u oponerse a su tratamiento, aunque no tenga cuenta (por ejemplo, si figura como contacto de una postulación). Le enviaremos un enlace a su correo para confirmar que es suyo; la solicitud se responde a esa dirección en {days} días hábiles como máximo a partir de la confirmación.',
    withAccount: '¿Tiene cuenta?',
    signedIn: 'Presente la solicitud desde su cuenta.',
    email: 'Su correo electrónico',
    emailHint: 'La dirección sobre la que pide: recibirá ahí el enlace de confirmación y la respuesta.',
    notice: 'Aviso de privacidad',
    confirmTitle: 'Confirmar la solicitud',
    confirmIntro:
      'Al confirmar, la solicitud se presenta con la dirección a la que llegó el enlace y empieza a correr su plazo de respuesta.',
    confirm: 'Confirmar la solicitud',
  },
};

const en: Texts<typeof es> = {
  arcoByEmail: {
    title: 'A request about your personal data',
    intro:
      'You may ask for access to your personal data, its rectification or cancellation, or oppose its processing, even without an account (for instance, as the contact person of a nomination). We will mail you a link to confirm the address is yours; the request is answered at that address within {days} business days of the confirmation.',
    withAccount: 'Do you have an account?',
    signedIn: 'File the request from your account.',
    email: 'Your e-mail address',
    emailHint: 'The address you ask about: the confirmation link and the answer go there.',
    notice: 'Privacy notice',
    confirmTitle: 'Confirm the request',
    confirmIntro:
      'Confirming files the request with the address the link was sent to, and starts its answer term.',
    confirm: 'Confirm the request',
  },
};

export const arcoByEmailTexts = { es, en };
