import { composeMail, MailKind } from './messages';
import { renderMail } from './render';

describe(renderMail.name, () => {
  const content = composeMail(
    MailKind.SUBMISSION_RECEIPT,
    {
      name: 'Ana <b>',
      key: 'N-0001',
      title: 'Práctica "abierta" <script>alert(1)</script>',
      submittedAt: '16/03/2026 18:00:00 (America/Mexico_City, UTC−06:00)',
      sha256: 'ab'.repeat(32),
      url: 'https://premios.example.org/postulaciones/1/acuse?a=1&b=2',
    },
    'es',
  );

  it('writes the same words as plain text and as HTML, with the link in both', () => {
    const mail = renderMail(content, 'es');
    expect(mail.subject).toBe('Acuse de recibo: postulación N-0001');
    expect(mail.text).toContain('Huella del acuse (SHA-256): ' + 'ab'.repeat(32));
    expect(mail.text).toContain('https://premios.example.org/postulaciones/1/acuse?a=1&b=2');
    expect(mail.html).toContain('href="https://premios.example.org/postulaciones/1/acuse?a=1&amp;b=2"');
    expect(mail.html).toContain('<html lang="es">');
  });

  it('escapes whatever people typed in the HTML version', () => {
    const mail = renderMail(content, 'es');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Hola, Ana &lt;b&gt;:');
    expect(mail.text).toContain('<script>'); // plain text is shown as text by every client
  });
});

describe(composeMail.name, () => {
  it('has every kind in both languages, with no placeholder left unfilled', () => {
    const params = {
      name: 'Ana',
      role: 'JUDGE',
      url: 'https://x.test/a',
      expiresAt: 'mañana',
      institution: 'Inst',
      reason: 'motivo',
      key: 'N-1',
      title: 'T',
      submittedAt: 'hoy',
      sha256: 'f'.repeat(64),
      eligible: false,
      count: 2,
      edition: 'Edición 2026',
      closeAt: 'pronto',
      drafts: 1,
      pending: 3,
      day: '2026-03-16',
      submitted: 1,
      total: 4,
      underAssigned: 0,
      failedDeliveries: 0,
      certificates: [{ label: 'N-1', url: 'https://x.test/c.pdf' }],
      kind: 'acceso',
      days: 20,
      filedAt: 'ayer',
      answer: 'Respuesta.',
    };
    for (const kind of Object.values(MailKind)) {
      const es = composeMail(kind, params as never, 'es');
      const en = composeMail(kind, params as never, 'en');
      expect(es.subject).not.toBe(en.subject);
      for (const text of [es.subject, en.subject, ...es.paragraphs, ...en.paragraphs]) {
        expect(text).not.toMatch(/undefined|\{\w+\}|\[object/);
      }
    }
  });
});
