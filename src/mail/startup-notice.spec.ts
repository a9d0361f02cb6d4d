import { mailStartupNotice } from './startup-notice';

describe(mailStartupNotice.name, () => {
  const local = { smtpUrl: null, localDir: '/srv/recon/db/mail' };

  it('warns clearly in production without SMTP_URL that mail stays local, and where', () => {
    const notice = mailStartupNotice(local, 'production');
    expect(notice.level).toBe('warn');
    expect(notice.message).toContain('NO e-mail leaves this server');
    expect(notice.message).toContain('/srv/recon/db/mail');
    expect(notice.message).toContain('/organizacion/correo');
  });

  it('only informs outside production', () => {
    expect(mailStartupNotice(local, 'development')).toMatchObject({ level: 'log' });
  });

  it('names the SMTP server without its password', () => {
    const notice = mailStartupNotice(
      { ...local, smtpUrl: 'smtp://avisos:s3cr3t-pw@mail.example.org:587' },
      'production',
    );
    expect(notice).toMatchObject({ level: 'log' });
    expect(notice.message).toContain('mail.example.org:587');
    expect(notice.message).not.toContain('s3cr3t-pw');
  });
});
