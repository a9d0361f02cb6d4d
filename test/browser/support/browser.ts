import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '..', '..', '..', 'test-output', 'screenshots');
export const AXE_REPORT = resolve(__dirname, '..', '..', '..', 'test-output', 'axe-report.json');

/**
 * `describe` when Chromium is installed. Without it the suite is skipped with a visible warning, except in CI
 * (CI=true), where a missing browser fails the run.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(
          `Chromium is required in CI and was not found at ${CHROMIUM} (apt-get install -y chromium)`,
        );
      });
    });
    return;
  }
  console.warn(
    `*** SKIPPED: browser tests "${name}" (no Chromium at ${CHROMIUM}; apt-get install -y chromium) ***`,
  );
  describe.skip(name, body);
}

export interface ChromiumSession {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Chromium with no network side traffic. Each launch runs on a fresh, empty profile: playwright-core
 * creates a temporary --user-data-dir for it (and refuses one in `args`), and removes it on close.
 */
export async function launchChromium(): Promise<ChromiumSession> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export interface AxeResult {
  page: string;
  url: string;
  violations: AxeViolation[];
  passes: number;
}

// Evaluated inside the page: its DOM globals, declared here (the project compiles without the DOM library).
declare const window: {
  axe: { run: (context: unknown, options: object) => Promise<unknown> };
  scrollTo: (x: number, y: number) => void;
};
declare const document: unknown;

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP stays in force) against
 * WCAG 2.1 A/AA and best practices.
 */
export async function runAxe(page: Page, name: string): Promise<AxeResult> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    return window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
  });
  const { violations, passes } = result as { violations: AxeViolation[]; passes: unknown[] };
  return {
    page: name,
    url: page.url(),
    violations: violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    })),
    passes: passes.length,
  };
}

/** A page walk: each visited page gets a full-page screenshot and an axe run. */
export class Walk {
  readonly axe: AxeResult[] = [];
  private n = 0;

  constructor() {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  async check(page: Page, name: string): Promise<AxeResult> {
    this.n += 1;
    const file = `${String(this.n).padStart(2, '0')}-${name}.png`;
    await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
    // After a full-page capture of a tall page Chromium can leave clicks landing off target until it scrolls.
    await page.evaluate(() => window.scrollTo(0, 0));
    const result = await runAxe(page, name);
    this.axe.push(result);
    const text = await page.textContent('body');
    if (text?.includes('[['))
      throw new Error(`${name}: a message key has no translation: ${text.match(/\[\[[^\]]+\]\]/)?.[0]}`);
    return result;
  }

  /** Violations rated serious or critical, by page. */
  serious(): string[] {
    return this.axe.flatMap((r) =>
      r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${r.page}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
    );
  }

  writeReport(): void {
    writeFileSync(AXE_REPORT, JSON.stringify(this.axe, null, 2));
  }
}

/** A browser context that fails the test on any CSP violation or uncaught page error. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  problems: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'es-MX',
    viewport: { width: 1280, height: 900 },
  });
  context.on('page', (page) => watch(page, problems));
  return context;
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text))
      problems.push(`CSP: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}
