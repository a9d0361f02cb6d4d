import type { AwardLine } from './awards';
import type { BundleVerification, SignatureStatus } from './verify-bundle';

const SIGNATURE_TEXT: Record<SignatureStatus, string> = {
  VALID: '✓ valid signature',
  INVALID: '✗ SIGNATURE DOES NOT MATCH',
  UNKNOWN_KEY: '✗ SIGNED BY AN UNKNOWN KEY',
  NOT_IN_FORCE: '✗ KEY NOT IN FORCE WHEN SEALED',
  UNSIGNED: '✗ NOT SIGNED',
};

function mark(ok: boolean): string {
  return ok ? '✓ match' : '✗ MISMATCH';
}

/**
 * The plain-text report of a bundle verification (English), shared by `results:verify` and verificador.js:
 * hashes, each seal version's signature naming its key, the chain, the awards sealed → recomputed, the rows
 * that differ, and a last line VERIFIED / NOT VERIFIED.
 */
export function verificationText(report: BundleVerification, options: { trustedKeys: boolean }): string[] {
  const out: string[] = [];
  if (report.error) out.push(`ERROR: ${report.error}`);
  out.push(`Seal SHA-256:                   ${report.expectedSha256 ?? '-'}`);
  out.push(
    `Recomputed from the bundle data: ${report.recomputedSha256 ?? '-'} ${mark(report.dataMatchesSeal)}`,
  );
  if (report.publishedSha256) {
    out.push(
      `Sealed document in the bundle:   ${report.publishedSha256} ${mark(report.publishedSha256 === report.expectedSha256)}`,
    );
  }
  if (report.documentReport && !report.documentReport.documentMatches) {
    out.push('The sealed document does not recompute to itself from its own sheets and overrides.');
  }
  const rounds = report.documentReport?.roundProblems ?? [];
  if (rounds.length > 0) {
    out.push('', 'Rounds:');
    for (const problem of rounds) out.push(`  ✗ ${problem}`);
  }
  if (report.tracks.length > 0) out.push('', 'Tracks (sealed → recomputed SHA-256):');
  for (const t of report.tracks) {
    out.push(`  ${t.matches ? '✓' : '✗'} ${t.code}: ${t.sealedSha256 ?? '-'} → ${t.recomputedSha256 ?? '-'}`);
  }
  if (report.versions.length > 0) out.push('', 'Seal versions:');
  for (const v of report.versions) {
    const key = v.signature.keyId
      ? ` key ${v.signature.keyId}${v.signature.fingerprint ? ` (fingerprint ${v.signature.fingerprint})` : ''}`
      : '';
    out.push(
      `  v${v.version} ${v.sha256} sealed ${v.finalizedAt}: ${SIGNATURE_TEXT[v.signature.status]}${key}` +
        `${v.chainOk ? '' : '; ✗ BROKEN CHAIN'}${v.documentOk ? '' : '; ✗ DOCUMENT DOES NOT RECOMPUTE'}`,
    );
    if (v.previousSealSha256) out.push(`      corrects ${v.previousSealSha256}: ${v.erratum ?? ''}`);
  }
  if (report.versions.length > 0 && !options.trustedKeys) {
    out.push(
      '  (keys as carried by the bundle: compare the fingerprints with GET /api/public/keys, or pass --keys)',
    );
  }
  out.push('', 'Awards (sealed → recomputed):');
  for (const line of awardsTable(report.awards.sealed, report.awards.recomputed)) out.push(line);
  if (report.mismatches.length > 0) {
    out.push('', 'Mismatches:');
    for (const m of report.mismatches.slice(0, 50)) {
      out.push(
        `  ${m.trackCode}${m.categoryKey ? `/${m.categoryKey}` : ''} ${m.nominationKey} ${m.field}: ` +
          `sealed ${JSON.stringify(m.published)}, recomputed ${JSON.stringify(m.recomputed)}`,
      );
    }
    if (report.mismatches.length > 50) out.push(`  … and ${report.mismatches.length - 50} more`);
  }
  out.push(
    '',
    report.ok
      ? 'VERIFIED: the awards, the seal hash, the signatures and the chain of versions match.'
      : 'NOT VERIFIED: see the mismatches above.',
  );
  return out;
}

function awardsTable(sealed: AwardLine[], recomputed: AwardLine[]): string[] {
  const key = (l: AwardLine) => `${l.trackCode}\u0000${l.categoryKey ?? ''}\u0000${l.award}`;
  const holders = (l: AwardLine | undefined) =>
    !l ? '(none)' : l.nominationKeys.length === 0 ? 'DESIERTO' : l.nominationKeys.join(', ');
  const again = new Map(recomputed.map((l) => [key(l), l]));
  const keys = [...new Set([...sealed.map(key), ...recomputed.map(key)])];
  const byKey = new Map(sealed.map((l) => [key(l), l]));
  return keys.map((k) => {
    const s = byKey.get(k);
    const r = again.get(k);
    const line = (s ?? r)!;
    const same = holders(s) === holders(r);
    return (
      `  ${same ? '✓' : '✗'} ${line.trackCode}${line.categoryKey ? `/${line.categoryKey}` : ''} ${line.award}: ` +
      (same ? holders(s) : `${holders(s)} → ${holders(r)}`)
    );
  });
}
