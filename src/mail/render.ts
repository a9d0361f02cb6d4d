import { Language } from '../common/i18n/language';

/** What a message says, in one language: a subject, paragraphs, and at most one link to act on. */
export interface MailContent {
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly action?: { readonly label: string; readonly url: string };
  /** Further links listed after the main one (e.g. winners' certificates). */
  readonly links?: readonly { readonly label: string; readonly url: string }[];
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const FOOTER: Record<Language, string> = {
  es: 'Reconocimientos — mensaje automático; no responda a este correo.',
  en: 'Reconocimientos — automatic message; please do not reply.',
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Plain text plus a simple HTML version of the same words (no images, no remote content, no tracking). */
export function renderMail(content: MailContent, language: Language): RenderedMail {
  const links = [...(content.action ? [content.action] : []), ...(content.links ?? [])];
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...links.flatMap((l) => [`${l.label}:`, l.url, '']),
    '-- ',
    FOOTER[language],
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 40em">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`),
    `<hr><p style="font-size: small; color: #555">${escapeHtml(FOOTER[language])}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
