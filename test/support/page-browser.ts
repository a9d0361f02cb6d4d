import type { TestApp } from './test-app';

/** A browser's cookie jar and last form token, enough to sign in and post page forms. */
export class PageBrowser {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly t: TestApp) {}

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep<T extends { headers: Record<string, unknown>; text?: string }>(res: T): T {
    for (const line of ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? [])) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.text ?? '');
    if (token) this.csrf = token[1];
    return res;
  }

  async get(path: string) {
    return this.keep(await this.t.http.get(path).set('cookie', this.header()));
  }

  async post(path: string, form: Record<string, string | string[]>, cookie = this.header()) {
    return this.keep(
      await this.t.http
        .post(path)
        .set('cookie', cookie)
        .type('form')
        .send({ _csrf: this.csrf, ...form }),
    );
  }

  /** Signs in through the sign-in form, then opens `landing` to get a form token of the new session. */
  async signIn(email: string, password: string, landing = '/organizacion') {
    await this.get('/entrar');
    const res = await this.post('/entrar', { email, password });
    if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
    await this.get(landing);
  }
}
