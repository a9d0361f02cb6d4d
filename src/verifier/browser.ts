/// <reference lib="dom" />
// The "Verificar estos resultados" button of the public results page (docs/results.md, "Verifying in the
// browser"): downloads the public bundle, recomputes every track with the domain code, checks the hashes, the
// signatures and the chain of seal versions, and shows the outcome. Nothing but the bundle's bytes is trusted.
import { base64Bytes, type SignatureCheck } from '../domain/seal/signature';
import { verifyPublicBundle, type BundleVerification } from '../domain/verification/verify-bundle';
import { TEXTS, type VerifierTexts } from './browser-texts';

const webCryptoCheck: SignatureCheck = async (publicKey, message, signature) => {
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: 'OKP', crv: 'Ed25519', x: publicKey },
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  const bytes = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);
  return crypto.subtle.verify(
    { name: 'Ed25519' },
    key,
    bytes(base64Bytes(signature)),
    bytes(new TextEncoder().encode(message)),
  );
};

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

function render(target: HTMLElement, report: BundleVerification, t: VerifierTexts): void {
  target.replaceChildren();
  const verdict = el('p', report.ok ? t.verified : t.notVerified, report.ok ? 'verify-ok' : 'verify-fail');
  verdict.setAttribute('data-verdict', report.ok ? 'ok' : 'fail');
  target.append(verdict);
  if (report.error) target.append(el('p', `${t.error}: ${report.error}`, 'verify-fail'));
  const rounds = report.documentReport?.roundProblems ?? [];
  if (rounds.length > 0) {
    target.append(el('p', t.rounds, 'verify-fail'));
    const list = el('ul', undefined, 'verify-rounds');
    for (const problem of rounds) list.append(el('li', `✗ ${problem}`));
    target.append(list);
  }
  for (const track of report.tracks) {
    const section = el('section');
    section.setAttribute('data-track', track.code);
    section.setAttribute('data-matches', String(track.matches));
    section.append(el('h3', `${mark(track.matches)} ${track.name} (${track.code})`));
    const hashes = el('dl', undefined, 'verify-hashes');
    hashes.append(el('dt', t.sealedHash), el('dd', track.sealedSha256 ?? '—'));
    hashes.append(el('dt', t.recomputedHash), el('dd', track.recomputedSha256 ?? '—'));
    section.append(hashes);
    const awards = el('ul', undefined, 'verify-awards');
    for (const a of track.awards) {
      const holders = (list: string[] | null) =>
        list === null ? '—' : list.length ? list.join(', ') : t.desierto;
      const item = el(
        'li',
        `${mark(a.matches)} ${a.categoryKey ? `${a.categoryKey} · ` : ''}${t.awards[a.award] ?? a.award}: ` +
          (a.matches ? holders(a.sealed) : `${holders(a.sealed)} → ${holders(a.recomputed)}`),
      );
      item.setAttribute('data-award-matches', String(a.matches));
      awards.append(item);
    }
    section.append(awards);
    if (track.mismatches.length > 0) {
      section.append(el('p', t.changedRows));
      const rows = el('ul', undefined, 'verify-mismatches');
      for (const m of track.mismatches) {
        const row = el(
          'li',
          `✗ ${m.nominationKey} — ${t.fields[m.field] ?? m.field}: ${t.sealed} ${JSON.stringify(m.published)}, ` +
            `${t.recomputed} ${JSON.stringify(m.recomputed)}`,
        );
        row.setAttribute('data-row', m.nominationKey);
        rows.append(row);
      }
      section.append(rows);
    }
    target.append(section);
  }
  const versions = el('section');
  versions.append(el('h3', t.versions));
  const list = el('ul');
  for (const v of report.versions) {
    const ok = v.signature.status === 'VALID' && v.chainOk && v.documentOk;
    const key = v.signature.keyId ? ` ${t.key} ${v.signature.keyId}` : '';
    const item = el(
      'li',
      `${mark(ok)} ${t.version} ${v.version}: ${t.signature[v.signature.status]}${key}` +
        (v.chainOk ? '' : ` · ${t.brokenChain}`) +
        (v.signature.fingerprint ? ` (SHA-256 ${v.signature.fingerprint})` : ''),
    );
    item.setAttribute('data-version', String(v.version));
    item.setAttribute('data-signature', v.signature.status);
    list.append(item);
  }
  versions.append(list);
  target.append(versions);
}

async function verify(button: HTMLButtonElement, target: HTMLElement, t: VerifierTexts): Promise<void> {
  button.disabled = true;
  target.replaceChildren(el('p', t.working));
  try {
    const response = await fetch(button.dataset.bundleUrl!, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const value: unknown = JSON.parse(await response.text());
    render(target, await verifyPublicBundle(value, { checkSignature: webCryptoCheck }), t);
  } catch (error) {
    target.replaceChildren(el('p', `${t.error}: ${(error as Error).message}`, 'verify-fail'));
  } finally {
    button.disabled = false;
  }
}

function start(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-verify-bundle]');
  const target = document.getElementById(button?.dataset.verifyTarget ?? '');
  if (!button || !target) return;
  const t = TEXTS[document.documentElement.lang.startsWith('en') ? 'en' : 'es'];
  button.hidden = false;
  button.addEventListener('click', () => void verify(button, target, t));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
