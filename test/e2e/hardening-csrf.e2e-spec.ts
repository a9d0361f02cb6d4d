import { Role } from '../../src/database/schema/user.entity';
import { UsersService } from '../../src/users/users.service';
import { PageBrowser as Browser } from '../support/page-browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from '../support/test-app';

describe('CSRF tokens bound to the session (issue 19, class 13)', () => {
  let t: TestApp;
  const OBSERVER = { email: 'observador-csrf@example.org', password: 'Observador-Csrf-2018' };

  beforeAll(async () => {
    t = await startTestApp();
    await t.db.transaction((m) =>
      t.app
        .get(UsersService)
        .insert(m, { ...OBSERVER, name: 'Observadora', role: Role.OBSERVER, institutionId: null }),
    );
  });

  afterAll(() => t.close());

  it('refuses a secret-and-token pair planted from another account, and accepts the browser’s own', async () => {
    const victim = new Browser(t);
    await victim.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const attacker = new Browser(t);
    await attacker.signIn(OBSERVER.email, OBSERVER.password);
    expect(attacker.csrf).not.toBe('');

    // The attacker's own CSRF cookie and form token, carried by the victim's browser with the victim's session.
    const planted = `recon_session=${victim.cookies.get('recon_session')}; recon_csrf=${attacker.cookies.get('recon_csrf')}`;
    const refused = await t.http
      .post('/salir')
      .set('cookie', planted)
      .type('form')
      .send({ _csrf: attacker.csrf });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('El formulario caducó o no proviene de este sitio');
    // Nothing happened: the victim is still signed in.
    expect((await victim.get('/organizacion')).status).toBe(200);

    // A token made before sign-in (bound to no session) does not work once signed in either.
    const anonymous = new Browser(t);
    await anonymous.get('/entrar');
    const before = anonymous.csrf;
    const signIn = await anonymous.post('/entrar', { email: OBSERVER.email, password: OBSERVER.password });
    expect(signIn.status).toBe(303);
    const stale = await anonymous.post('/salir', { _csrf: before });
    expect(stale.status).toBe(403);

    // The victim's own pair works.
    const own = await victim.post('/salir', {});
    expect(own.status).toBe(303);
    expect((await victim.get('/organizacion')).status).toBe(303);
  });
});
