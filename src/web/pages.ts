import type {} from '@fastify/view';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser } from '../access/auth-user';
import type { TokenPayload } from '../auth/jwt.strategy';
import { viewerMenu } from '../access/viewer-menu';
import { statusOf } from '../common/errors/error-response';
import { Language } from '../common/i18n/language';
import { formatInZone } from '../domain/editions/wall-clock';
import { UsersService } from '../users/users.service';
import { toAuthUser } from '../access/auth-user';
import { csrfToken } from './csrf';
import { ifNoneMatchHits } from '../common/http/if-none-match';
import { esc, Fields } from './fields';
import { emptyForm, formError, FormState, formWithError } from './form';
import { pageLanguage } from './i18n/page-language';
import { translator } from './i18n/messages';
import { PageTemplate } from './page-template';
import { readCookie, SESSION_COOKIE } from '../auth/session';

export const DEFAULT_TIMEZONE = 'America/Mexico_City';

/** A notice shown once after a redirect (`?aviso=<key>`): only known keys, never free text from the URL. */
export const NOTICES = [
  'saved',
  'created',
  'submitted',
  'withdrawn',
  'uploaded',
  'removed',
  'decided',
  'panelSaved',
  'conflictDeclared',
  'conflictRemoved',
  'affiliationsSaved',
  'sheetSaved',
  'sheetSubmitted',
  'recused',
  'reopened',
  'overrideCreated',
  'overrideDeleted',
  'finalized',
  'published',
  'approved',
  'userCreated',
  'signedOut',
  'resetRequested',
  'passwordSet',
  'invitationAccepted',
  'userInvited',
  'invitationResent',
  'invitationRevoked',
  'mailRetried',
  'institutionCreated',
  'editionCreated',
  'editionCloned',
  'editionArchived',
  'judgingClosed',
  'overrideProposed',
  'arcoFiled',
  'arcoAnswered',
  'sealProposed',
  'proposalConfirmed',
  'proposalRejected',
  'editionDeleted',
  'editionUnarchived',
  'institutionsMerged',
  'rejected',
  'disabled',
  'enabled',
  'rectified',
  'erased',
  'correctionOpened',
  'actionProposed',
  'arcoMailed',
  'arcoConfirmed',
  'passwordChanged',
  'extended',
  'assigned',
  'unassigned',
  'imported',
  'feedbackDecided',
  'roundClosed',
  'posted',
  'consensusOpened',
  'consensusClosed',
] as const;

export type Notice = (typeof NOTICES)[number];

const KNOWN_NOTICES: ReadonlySet<string> = new Set(NOTICES);

/** Where a successful form goes next (303), with the notice shown there. */
export interface Redirect {
  to: string;
  notice?: Notice;
}

/** A form's handling: parse and act (returning where to go), or show the page again with the problems. */
export interface FormAction {
  /** What was typed, to fill the form again when the action fails. */
  values: Record<string, unknown>;
  /** Parses the body (`toDto`) and calls the service; any error it throws is the form's problem or a page error. */
  act: () => Promise<Redirect>;
  /** The page again with the form's problems and the error's status (`error` itself, to rethrow when no form can show it). */
  again: (form: FormState, status: number, error: unknown) => Promise<void>;
}

export interface RenderOptions {
  status?: number;
  form?: FormState;
  /** Scripts of this page (files under /assets). */
  scripts?: string[];
  /**
   * The page is the same for every anonymous visitor and never changes (the winners page): shown to one, it
   * may be kept by browsers and proxies (and PublishedResponseCache) and revalidated by ETag. Signed-in
   * visitors, and any response that sets a cookie, still get `no-store`.
   */
  shared?: boolean;
}

/** What anonymous visitors of a `shared` page may keep, as the published results' own representations. */
const SHARED_CACHE_CONTROL = 'public, max-age=300, must-revalidate';

/** Number formats by language and digits: building an Intl.NumberFormat costs far more than using one. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormatFor(lang: Language, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-GB', {
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Builds every page: language, signed-in user, CSRF token, formatting helpers, then the template. */
@Injectable()
export class Pages {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  async render<V extends object>(
    request: FastifyRequest,
    reply: FastifyReply,
    page: PageTemplate<V>,
    data: V & { title: string },
    options: RenderOptions = {},
  ): Promise<void> {
    const model = await this.model(request, reply, data, options);
    // A page with a form needs the visitor's own CSRF token: it cannot be shared.
    let hasForm = false;
    const csrf = model.csrf;
    model.csrf = () => ((hasForm = true), csrf());
    const html = await reply.viewAsync(page.path, model);
    const status = options.status ?? 200;
    void reply.header('content-type', 'text/html; charset=utf-8');
    // A query string may set the language cookie (?lang=) or show a notice (?aviso=): not shared either.
    if (options.shared && status === 200 && !model.user && !hasForm && !request.url.includes('?')) {
      const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
      void reply.header('etag', etag).header('cache-control', SHARED_CACHE_CONTROL).header('vary', 'cookie');
      if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return void reply.status(304).send();
    } else {
      void reply.header('cache-control', 'no-store');
    }
    void reply.status(status).send(html);
  }

  /** 303 See Other: after a POST, the browser GETs the next page (a reload does not repeat the action). */
  redirect(reply: FastifyReply, url: string, notice?: Notice): void {
    const [path, fragment] = url.split('#', 2);
    const target = notice
      ? `${path}${path.includes('?') ? '&' : '?'}aviso=${notice}${fragment ? `#${fragment}` : ''}`
      : url;
    void reply.status(303).header('location', target).header('cache-control', 'no-store').send();
  }

  /** parse → act → redirect (303), or the page again with the problems (see FormAction). */
  async submit(request: FastifyRequest, reply: FastifyReply, action: FormAction): Promise<void> {
    let next: Redirect;
    try {
      next = await action.act();
    } catch (error) {
      const { form, status } = this.failedForm(request, error, action.values);
      return action.again(form, status, error);
    }
    this.redirect(reply, next.to, next.notice);
  }

  /**
   * After a form's action failed: the form again, with the error's problems in the page's language, and the
   * status the API gives that error. Errors a form cannot show (not signed in, not allowed, not found, a bug)
   * are rethrown for the page filter.
   */
  failedForm(
    request: FastifyRequest,
    error: unknown,
    values: Record<string, unknown> = {},
  ): { form: FormState; status: number } {
    const failure = formError(error);
    return { form: formWithError(failure, values, this.language(request)), status: statusOf(failure.kind) };
  }

  language(request: FastifyRequest, reply?: FastifyReply): Language {
    return pageLanguage(request, reply);
  }

  /** A message of the page's language (titles set by controllers). */
  translate(request: FastifyRequest, key: string, params?: Record<string, unknown>): string {
    return translator(pageLanguage(request)).t(key, params);
  }

  async model(
    request: FastifyRequest,
    reply: FastifyReply,
    data: object & { title: string },
    options: RenderOptions = {},
  ) {
    const lang = pageLanguage(request, reply);
    const { t, has } = translator(lang);
    const user = (request as { user?: AuthUser }).user ?? (await this.optionalUser(request));
    const form = options.form ?? emptyForm();
    const url = new URL(request.url, 'http://local');
    const path = url.pathname;
    const switchTo: Language = lang === 'es' ? 'en' : 'es';
    const switchUrl = new URL(url);
    switchUrl.searchParams.delete('aviso');
    switchUrl.searchParams.set('lang', switchTo);
    const noticeKey = url.searchParams.get('aviso');
    const numberFormat = (digits: number) => numberFormatFor(lang, digits);
    let csrf: string | undefined;
    return {
      ...data,
      lang,
      t,
      /** A counted text: `<key>One` for exactly one ("1 registro"), else `<key>` with {count} and {total}. */
      tn: (key: string, count: number) =>
        t(count === 1 && has(`${key}One`) ? `${key}One` : key, { count, total: count }),
      has,
      esc,
      user,
      path,
      /** Made on first use: a page without a form sets no CSRF cookie (and so can be shared, see render). */
      csrf: () => (csrf ??= csrfToken(request, reply)),
      scripts: options.scripts ?? [],
      notice: noticeKey && KNOWN_NOTICES.has(noticeKey) ? t(`notices.${noticeKey}`) : null,
      langSwitch: {
        href: `${switchUrl.pathname}${switchUrl.search}`,
        lang: switchTo,
        label: t('layout.switchTo'),
      },
      form,
      f: new Fields(form, t, has),
      /** Controls of a second form on the page (e.g. the recusal form beside the scoring form). */
      fieldsFor: (state: FormState) => new Fields(state, t, has),
      /** An instant in the edition's time zone, e.g. "16/03/2018 18:00:00 (America/Mexico_City, UTC−05:00)". */
      date: (d: Date | string | null | undefined, timezone?: string) =>
        d ? formatInZone(new Date(d), timezone ?? DEFAULT_TIMEZONE, lang) : '—',
      /** Only http(s) addresses become links (evidence URLs are checked on input; bundles may carry anything). */
      isWebUrl: (url: string) => /^https?:\/\//i.test(url),
      iso: (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : ''),
      num: (n: number | null | undefined, digits = 2) =>
        n === null || n === undefined || !Number.isFinite(n) ? '—' : numberFormat(digits).format(n),
      label: (group: string, value: string | number | null | undefined) =>
        value === null || value === undefined || value === ''
          ? '—'
          : has(`labels.${group}.${value}`)
            ? t(`labels.${group}.${value}`)
            : String(value),
      /** The areas of the menu this visitor may reach (decided in src/auth, shown by the layout). */
      menu: viewerMenu(user),
    };
  }

  /** On public pages the guard does not authenticate: read the session cookie, if any, to greet the user. */
  private async optionalUser(request: FastifyRequest): Promise<AuthUser | null> {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) return null;
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || !Number.isInteger(payload.tv)) return null;
      const user = await this.users.findForToken(payload.sub, payload.tv);
      return user ? toAuthUser(user) : null;
    } catch {
      return null;
    }
  }
}
