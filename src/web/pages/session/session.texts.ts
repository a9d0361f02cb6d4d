import { Texts } from '../../i18n/texts';

const es = {
  signIn: {
    title: 'Entrar',
    submit: 'Entrar',
    noAccount: '¿Su institución aún no tiene cuenta?',
    registerLink: 'Regístrese como postulante',
    forgot: '¿Olvidó su contraseña?',
  },
  register: {
    title: 'Registro de postulantes',
    intro:
      'Registre su cuenta y vincúlela a su institución. Una persona de la organización aprobará el registro antes de que pueda postular.',
    person: 'Sus datos',
    passwordHint: 'Al menos 10 caracteres, con mayúsculas, minúsculas y números.',
    institution: 'Su institución',
    institutionHint: 'Elija su institución de la lista; si no aparece, escriba sus datos abajo.',
    existing: 'Institución registrada',
    notListed: '— Mi institución no está en la lista —',
    newInstitution: 'Institución nueva',
    stateHint: 'Obligatoria salvo para instituciones federales.',
    privacy: 'Tratamos sus datos personales conforme al',
    submit: 'Registrarme',
    doneTitle: 'Registro recibido',
    pending: 'Registramos la cuenta {email}. Está pendiente de aprobación.',
    pendingHelp:
      'Mientras tanto puede entrar, pero no preparar postulaciones. Recibirá la confirmación de la organización.',
  },
};

const en: Texts<typeof es> = {
  signIn: {
    title: 'Sign in',
    submit: 'Sign in',
    noAccount: 'Your institution has no account yet?',
    registerLink: 'Register as a nominator',
    forgot: 'Forgot your password?',
  },
  register: {
    title: 'Nominator registration',
    intro:
      'Register your account and link it to your institution. An organiser will approve the registration before you can nominate.',
    person: 'About you',
    passwordHint: 'At least 10 characters, with upper case, lower case and digits.',
    institution: 'Your institution',
    institutionHint: 'Choose your institution from the list; if it is not there, enter its details below.',
    existing: 'Registered institution',
    notListed: '— My institution is not listed —',
    newInstitution: 'New institution',
    stateHint: 'Required except for federal institutions.',
    privacy: 'We process your personal data as described in the',
    submit: 'Register',
    doneTitle: 'Registration received',
    pending: 'We registered the account {email}. It is awaiting approval.',
    pendingHelp: 'Meanwhile you can sign in, but not prepare nominations. The organisers will confirm it.',
  },
};

export const sessionTexts = { es, en };
