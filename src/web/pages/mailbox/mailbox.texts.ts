import { Texts } from '../../i18n/texts';

const es = {
  mailbox: {
    title: 'Correo',
    intro:
      'Cada mensaje que el sistema envía, con su estado de entrega. Sin servidor de correo configurado (SMTP_URL) los mensajes no salen: se quedan aquí y como archivos .eml en el servidor.',
    localOnly: 'Sin servidor de correo: los mensajes se entregan solo a este buzón local.',
    caption: '{count} mensajes',
    captionOne: '1 mensaje',
    filterLabel: 'Estado',
    when: 'Creado',
    to: 'Para',
    subject: 'Asunto',
    kind: 'Tipo',
    status: 'Estado',
    attempts: 'Intentos',
    lastError: 'Último error',
    sentAt: 'Entregado',
    transport: 'Vía',
    language: 'Idioma',
    failedHeading: 'Entregas fallidas',
    failedNone: 'Ninguna entrega ha fallado.',
    retry: 'Reintentar',
    back: 'Volver al correo',
    body: 'Texto del mensaje',
    links: 'Enlaces del mensaje',
    previous: 'Anteriores',
    next: 'Siguientes',
  },
};

const en: Texts<typeof es> = {
  mailbox: {
    title: 'Mail',
    intro:
      'Every message the system sends, with its delivery state. Without a mail server configured (SMTP_URL) messages do not leave: they stay here and as .eml files on the server.',
    localOnly: 'No mail server: messages are delivered to this local mailbox only.',
    caption: '{count} messages',
    captionOne: '1 message',
    filterLabel: 'Status',
    when: 'Created',
    to: 'To',
    subject: 'Subject',
    kind: 'Kind',
    status: 'Status',
    attempts: 'Attempts',
    lastError: 'Last error',
    sentAt: 'Delivered',
    transport: 'Via',
    language: 'Language',
    failedHeading: 'Failed deliveries',
    failedNone: 'No delivery has failed.',
    retry: 'Retry',
    back: 'Back to mail',
    body: 'Message text',
    links: 'Links in the message',
    previous: 'Earlier',
    next: 'Later',
  },
};

export const mailboxTexts = { es, en };
