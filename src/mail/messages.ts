import { Language } from '../common/i18n/language';
import { MailContent } from './render';

/** Every kind of message the system sends; the outbox stores it to list and count them. */
export enum MailKind {
  INVITATION = 'invitation',
  PASSWORD_RESET = 'password.reset',
  REGISTRATION_RECEIVED = 'registration.received',
  REGISTRATION_APPROVED = 'registration.approved',
  REGISTRATION_REJECTED = 'registration.rejected',
  SUBMISSION_RECEIPT = 'submission.receipt',
  ELIGIBILITY_DECIDED = 'eligibility.decided',
  ASSIGNMENTS_NEW = 'assignments.new',
  SHEET_REOPENED = 'scoreSheet.reopened',
  REMINDER_DEADLINE = 'reminder.deadline',
  REMINDER_JUDGING = 'reminder.judging',
  ORGANISER_DIGEST = 'digest.organisers',
  RESULTS_PUBLISHED = 'results.published',
  ARCO_CONFIRM = 'arco.confirm',
  ARCO_ANSWERED = 'arco.answered',
}

type Link = { label: string; url: string };

/** Parameters of each kind; dates arrive already written in the edition's timezone and the language. */
export interface MailParams {
  [MailKind.INVITATION]: { name: string; role: string; url: string; expiresAt: string };
  [MailKind.PASSWORD_RESET]: { name: string; url: string; expiresAt: string };
  [MailKind.REGISTRATION_RECEIVED]: { name: string; institution: string };
  [MailKind.REGISTRATION_APPROVED]: { name: string; institution: string; url: string };
  [MailKind.REGISTRATION_REJECTED]: { name: string; institution: string; reason: string };
  [MailKind.SUBMISSION_RECEIPT]: {
    name: string;
    key: string;
    title: string;
    submittedAt: string;
    sha256: string;
    url: string;
  };
  [MailKind.ELIGIBILITY_DECIDED]: {
    name: string;
    key: string;
    title: string;
    eligible: boolean;
    reason: string | null;
    url: string;
  };
  [MailKind.ASSIGNMENTS_NEW]: { name: string; count: number; edition: string; closeAt: string; url: string };
  [MailKind.SHEET_REOPENED]: { name: string; key: string; reason: string; closeAt: string; url: string };
  [MailKind.REMINDER_DEADLINE]: {
    name: string;
    edition: string;
    drafts: number;
    closeAt: string;
    url: string;
  };
  [MailKind.REMINDER_JUDGING]: {
    name: string;
    edition: string;
    pending: number;
    closeAt: string;
    url: string;
  };
  [MailKind.ORGANISER_DIGEST]: {
    name: string;
    edition: string;
    day: string;
    submitted: number;
    total: number;
    underAssigned: number;
    failedDeliveries: number;
    closeAt: string;
    url: string;
  };
  [MailKind.RESULTS_PUBLISHED]: {
    name: string;
    edition: string;
    url: string;
    certificates: Link[];
    /** The jury's released comments on each of the institution's nominations (absent in older messages). */
    feedback?: { nomination: string; comments: string[] }[];
  };
  [MailKind.ARCO_CONFIRM]: { kind: string; url: string; expiresAt: string; days: number };
  [MailKind.ARCO_ANSWERED]: { kind: string; filedAt: string; answer: string };
}

type Compose<K extends MailKind> = (p: MailParams[K], language: Language) => MailContent;

const ROLE_NAMES: Record<string, Record<Language, string>> = {
  ORGANISER: { es: 'organizador(a)', en: 'organiser' },
  JUDGE: { es: 'jurado', en: 'judge' },
  OBSERVER: { es: 'observador(a)', en: 'observer' },
  NOMINATOR: { es: 'postulante', en: 'nominator' },
};

const greet = (name: string, language: Language) => (language === 'es' ? `Hola, ${name}:` : `Hello ${name},`);

const MESSAGES: { [K in MailKind]: Compose<K> } = {
  [MailKind.INVITATION]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Invitación a Reconocimientos: cree su contraseña',
          greeting: greet(p.name, l),
          paragraphs: [
            `Se le invitó a participar como ${ROLE_NAMES[p.role]?.es ?? p.role} en Reconocimientos.`,
            `Para activar su cuenta, cree su contraseña con el enlace siguiente. El enlace sirve una sola vez y vence el ${p.expiresAt}.`,
            'Si no esperaba esta invitación, ignore este mensaje.',
          ],
          action: { label: 'Crear mi contraseña', url: p.url },
        }
      : {
          subject: 'Invitation to Reconocimientos: set your password',
          greeting: greet(p.name, l),
          paragraphs: [
            `You have been invited to take part in Reconocimientos as ${ROLE_NAMES[p.role]?.en ?? p.role}.`,
            `To activate your account, set your password with the link below. It works once and expires on ${p.expiresAt}.`,
            'If you did not expect this invitation, ignore this message.',
          ],
          action: { label: 'Set my password', url: p.url },
        },
  [MailKind.PASSWORD_RESET]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Restablecer su contraseña de Reconocimientos',
          greeting: greet(p.name, l),
          paragraphs: [
            'Alguien pidió restablecer la contraseña de esta cuenta. Si fue usted, use el enlace siguiente.',
            `El enlace sirve una sola vez y vence el ${p.expiresAt}. Si no lo pidió, ignore este mensaje: su contraseña no cambia.`,
          ],
          action: { label: 'Elegir una contraseña nueva', url: p.url },
        }
      : {
          subject: 'Reset your Reconocimientos password',
          greeting: greet(p.name, l),
          paragraphs: [
            'Someone asked to reset the password of this account. If it was you, use the link below.',
            `The link works once and expires on ${p.expiresAt}. If you did not ask, ignore this message: your password stays the same.`,
          ],
          action: { label: 'Choose a new password', url: p.url },
        },
  [MailKind.REGISTRATION_RECEIVED]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Recibimos su registro en Reconocimientos',
          greeting: greet(p.name, l),
          paragraphs: [
            `Recibimos su registro como postulante de ${p.institution}.`,
            'Un organizador revisará su vínculo con la institución; le escribiremos cuando lo apruebe o lo rechace.',
          ],
        }
      : {
          subject: 'We received your Reconocimientos registration',
          greeting: greet(p.name, l),
          paragraphs: [
            `We received your registration as a nominator for ${p.institution}.`,
            'An organiser will review your link to the institution; we will write when it is approved or rejected.',
          ],
        },
  [MailKind.REGISTRATION_APPROVED]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Su registro en Reconocimientos fue aprobado',
          greeting: greet(p.name, l),
          paragraphs: [
            `Su registro como postulante de ${p.institution} fue aprobado. Ya puede entrar y postular prácticas.`,
          ],
          action: { label: 'Entrar', url: p.url },
        }
      : {
          subject: 'Your Reconocimientos registration was approved',
          greeting: greet(p.name, l),
          paragraphs: [
            `Your registration as a nominator for ${p.institution} was approved. You can now sign in and nominate practices.`,
          ],
          action: { label: 'Sign in', url: p.url },
        },
  [MailKind.ARCO_CONFIRM]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Confirme su solicitud sobre datos personales',
          greeting: 'Hola:',
          paragraphs: [
            `Recibimos una solicitud de ${p.kind} de datos personales con esta dirección. Para presentarla, confirme que es suya con el enlace siguiente; sin esa confirmación no se tramita.`,
            `El enlace sirve una sola vez y vence el ${p.expiresAt}. Una vez confirmada, se responde en ${p.days} días hábiles como máximo, a esta dirección. Si no la pidió, ignore este mensaje.`,
          ],
          action: { label: 'Confirmar la solicitud', url: p.url },
        }
      : {
          subject: 'Confirm your personal data request',
          greeting: 'Hello,',
          paragraphs: [
            `We received a personal data request (${p.kind}) with this address. To file it, confirm that the address is yours with the link below; without that confirmation it is not processed.`,
            `The link works once and expires on ${p.expiresAt}. Once confirmed, it is answered within ${p.days} business days at most, at this address. If you did not ask, ignore this message.`,
          ],
          action: { label: 'Confirm the request', url: p.url },
        },
  [MailKind.ARCO_ANSWERED]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Respuesta a su solicitud sobre datos personales',
          greeting: 'Hola:',
          paragraphs: [`Su solicitud de ${p.kind} presentada el ${p.filedAt} fue respondida:`, p.answer],
        }
      : {
          subject: 'Answer to your personal data request',
          greeting: 'Hello,',
          paragraphs: [`Your ${p.kind} request filed on ${p.filedAt} was answered:`, p.answer],
        },
  [MailKind.REGISTRATION_REJECTED]: (p, l) =>
    l === 'es'
      ? {
          subject: 'Su registro en Reconocimientos no fue aprobado',
          greeting: greet(p.name, l),
          paragraphs: [
            `Su registro como postulante de ${p.institution} no fue aprobado.`,
            `Motivo: ${p.reason}`,
          ],
        }
      : {
          subject: 'Your Reconocimientos registration was not approved',
          greeting: greet(p.name, l),
          paragraphs: [
            `Your registration as a nominator for ${p.institution} was not approved.`,
            `Reason: ${p.reason}`,
          ],
        },
  [MailKind.SUBMISSION_RECEIPT]: (p, l) =>
    l === 'es'
      ? {
          subject: `Acuse de recibo: postulación ${p.key}`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Recibimos la postulación ${p.key} «${p.title}» el ${p.submittedAt}.`,
            `Huella del acuse (SHA-256): ${p.sha256}`,
            'Conserve este mensaje: la huella identifica exactamente lo que se envió.',
          ],
          action: { label: 'Ver el acuse', url: p.url },
        }
      : {
          subject: `Receipt: nomination ${p.key}`,
          greeting: greet(p.name, l),
          paragraphs: [
            `We received nomination ${p.key} “${p.title}” on ${p.submittedAt}.`,
            `Receipt hash (SHA-256): ${p.sha256}`,
            'Keep this message: the hash identifies exactly what was submitted.',
          ],
          action: { label: 'View the receipt', url: p.url },
        },
  [MailKind.ELIGIBILITY_DECIDED]: (p, l) =>
    l === 'es'
      ? {
          subject: `Postulación ${p.key}: ${p.eligible ? 'admitida' : 'no admitida'}`,
          greeting: greet(p.name, l),
          paragraphs: [
            p.eligible
              ? `La postulación ${p.key} «${p.title}» cumple los requisitos y pasa a evaluación del jurado.`
              : `La postulación ${p.key} «${p.title}» no cumple los requisitos de la categoría.`,
            ...(p.reason ? [`Motivo: ${p.reason}`] : []),
          ],
          action: { label: 'Ver la postulación', url: p.url },
        }
      : {
          subject: `Nomination ${p.key}: ${p.eligible ? 'eligible' : 'not eligible'}`,
          greeting: greet(p.name, l),
          paragraphs: [
            p.eligible
              ? `Nomination ${p.key} “${p.title}” meets the requirements and goes on to the judges.`
              : `Nomination ${p.key} “${p.title}” does not meet the requirements of its category.`,
            ...(p.reason ? [`Reason: ${p.reason}`] : []),
          ],
          action: { label: 'View the nomination', url: p.url },
        },
  [MailKind.ASSIGNMENTS_NEW]: (p, l) =>
    l === 'es'
      ? {
          subject: `Nuevas postulaciones por evaluar (${p.count})`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Se le asignaron ${p.count} postulación(es) de ${p.edition} para evaluar.`,
            `La evaluación cierra el ${p.closeAt}.`,
          ],
          action: { label: 'Ir a mis evaluaciones', url: p.url },
        }
      : {
          subject: `New nominations to score (${p.count})`,
          greeting: greet(p.name, l),
          paragraphs: [
            `You have been assigned ${p.count} nomination(s) of ${p.edition} to score.`,
            `Judging closes on ${p.closeAt}.`,
          ],
          action: { label: 'Go to my queue', url: p.url },
        },
  [MailKind.SHEET_REOPENED]: (p, l) =>
    l === 'es'
      ? {
          subject: `Se reabrió su evaluación de ${p.key}`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Un organizador reabrió su hoja de evaluación de la postulación ${p.key}. Motivo: ${p.reason}`,
            `Revísela y envíela de nuevo antes del ${p.closeAt}.`,
          ],
          action: { label: 'Abrir la hoja', url: p.url },
        }
      : {
          subject: `Your score sheet for ${p.key} was reopened`,
          greeting: greet(p.name, l),
          paragraphs: [
            `An organiser reopened your score sheet for nomination ${p.key}. Reason: ${p.reason}`,
            `Please review it and submit it again before ${p.closeAt}.`,
          ],
          action: { label: 'Open the sheet', url: p.url },
        },
  [MailKind.REMINDER_DEADLINE]: (p, l) =>
    l === 'es'
      ? {
          subject: `Recordatorio: la convocatoria ${p.edition} cierra pronto`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Su institución tiene ${p.drafts} postulación(es) en borrador sin enviar.`,
            `La convocatoria cierra el ${p.closeAt}; un borrador no enviado no participa.`,
          ],
          action: { label: 'Ver mis postulaciones', url: p.url },
        }
      : {
          subject: `Reminder: ${p.edition} closes soon`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Your institution has ${p.drafts} draft nomination(s) not yet submitted.`,
            `Nominations close on ${p.closeAt}; a draft that is not submitted does not take part.`,
          ],
          action: { label: 'View my nominations', url: p.url },
        },
  [MailKind.REMINDER_JUDGING]: (p, l) =>
    l === 'es'
      ? {
          subject: `Recordatorio: ${p.pending} evaluación(es) pendiente(s)`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Tiene ${p.pending} hoja(s) de evaluación de ${p.edition} sin enviar.`,
            `La evaluación cierra el ${p.closeAt}.`,
          ],
          action: { label: 'Ir a mis evaluaciones', url: p.url },
        }
      : {
          subject: `Reminder: ${p.pending} score sheet(s) pending`,
          greeting: greet(p.name, l),
          paragraphs: [
            `You have ${p.pending} score sheet(s) of ${p.edition} not yet submitted.`,
            `Judging closes on ${p.closeAt}.`,
          ],
          action: { label: 'Go to my queue', url: p.url },
        },
  [MailKind.ORGANISER_DIGEST]: (p, l) =>
    l === 'es'
      ? {
          subject: `Resumen diario de evaluación: ${p.edition} (${p.day})`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Hojas enviadas: ${p.submitted} de ${p.total}.`,
            `Postulaciones con menos jurados de los necesarios: ${p.underAssigned}.`,
            `Correos que no se pudieron entregar: ${p.failedDeliveries}.`,
            `La evaluación cierra el ${p.closeAt}.`,
          ],
          action: { label: 'Abrir el tablero', url: p.url },
        }
      : {
          subject: `Daily judging digest: ${p.edition} (${p.day})`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Sheets submitted: ${p.submitted} of ${p.total}.`,
            `Nominations with fewer judges than needed: ${p.underAssigned}.`,
            `Messages that could not be delivered: ${p.failedDeliveries}.`,
            `Judging closes on ${p.closeAt}.`,
          ],
          action: { label: 'Open the dashboard', url: p.url },
        },
  [MailKind.RESULTS_PUBLISHED]: (p, l) =>
    l === 'es'
      ? {
          subject: `Resultados publicados: ${p.edition}`,
          greeting: greet(p.name, l),
          paragraphs: [
            `Se publicaron los resultados de ${p.edition}.`,
            ...(p.certificates.length > 0
              ? ['¡Felicidades! Su institución recibió un reconocimiento; descargue su constancia abajo.']
              : []),
            ...(p.feedback ?? []).flatMap((f) => [
              `Comentarios del jurado sobre ${f.nomination} (sin el nombre de quien los escribió):`,
              ...f.comments.map((c) => `— ${c}`),
            ]),
          ],
          action: { label: 'Ver los ganadores', url: p.url },
          links: p.certificates,
        }
      : {
          subject: `Results published: ${p.edition}`,
          greeting: greet(p.name, l),
          paragraphs: [
            `The results of ${p.edition} have been published.`,
            ...(p.certificates.length > 0
              ? ['Congratulations! Your institution received an award; download its certificate below.']
              : []),
            ...(p.feedback ?? []).flatMap((f) => [
              `The jury's comments on ${f.nomination} (without the names of who wrote them):`,
              ...f.comments.map((c) => `— ${c}`),
            ]),
          ],
          action: { label: 'See the winners', url: p.url },
          links: p.certificates,
        },
};

export function composeMail<K extends MailKind>(
  kind: K,
  params: MailParams[K],
  language: Language,
): MailContent {
  return (MESSAGES[kind] as Compose<K>)(params, language);
}
