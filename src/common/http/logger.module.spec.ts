import type { IncomingMessage } from 'node:http';
import { quietPublicRead, redactTokens } from './logger.module';

const request = (method: string, url: string) => ({ method, url }) as IncomingMessage;

describe(quietPublicRead.name, () => {
  it('silences successful reads of published material', () => {
    const id = '2b0c3c52-5f43-4e7c-9d0e-3a1f0d6a9a10';
    for (const url of [
      `/api/public/editions/${id}/results`,
      `/api/public/editions/${id}/results.csv`,
      `/api/public/editions/${id}/certificates/N-1.pdf`,
      `/resultados/${id}`,
      `/resultados/${id}?lang=en`,
      '/assets/app.css',
    ]) {
      expect(quietPublicRead(request('GET', url), 200)).toBe(true);
      expect(quietPublicRead(request('HEAD', url), 304)).toBe(true);
    }
  });

  it('keeps every error, every write and everything else', () => {
    expect(quietPublicRead(request('GET', '/api/public/editions/x/results'), 404)).toBe(false);
    expect(quietPublicRead(request('GET', '/resultados/x'), 500)).toBe(false);
    expect(quietPublicRead(request('POST', '/api/public/editions/x/results'), 200)).toBe(false);
    expect(quietPublicRead(request('GET', '/api/nominations'), 200)).toBe(false);
    expect(quietPublicRead(request('GET', '/api/editions/x/results'), 200)).toBe(false);
    expect(quietPublicRead(request('GET', '/resultadosx'), 200)).toBe(false);
    expect(quietPublicRead(request('POST', '/api/auth/login'), 200)).toBe(false);
  });
});

describe(redactTokens.name, () => {
  it('never lets the token of a mailed link reach the log', () => {
    expect(redactTokens('/contrasena/nueva?token=abcDEF_123-x&lang=en')).toBe(
      '/contrasena/nueva?token=[redacted]&lang=en',
    );
    expect(redactTokens('/resultados/1?x=1&Token=zzz')).toBe('/resultados/1?x=1&Token=[redacted]');
    expect(redactTokens('/api/health')).toBe('/api/health');
    expect(redactTokens('/entrar?password=Secreta-2018&next=/')).toBe('/entrar?password=[redacted]&next=/');
    expect(redactTokens('/x?access_token=a.b.c&newPassword=y#f')).toBe(
      '/x?access_token=[redacted]&newPassword=[redacted]#f',
    );
    expect(redactTokens('/x?page=2&q=token')).toBe('/x?page=2&q=token');
  });
});
