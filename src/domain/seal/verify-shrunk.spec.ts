import { canonicalJson, sha256Hex } from './canonical';
import { buildResultsDocument } from './results-document';
import type { ResultsDocumentInput } from './results-document.types';
import { sealFixture } from './testing';
import { verifyResultsDocument } from './verify';

/** The fixture edition with its CALIBRATED track switched to SHRUNK. */
function shrunkFixture(): ResultsDocumentInput {
  const fixture = sealFixture();
  return {
    ...fixture,
    tracks: fixture.tracks.map((t) =>
      t.track.settings.aggregation === 'CALIBRATED'
        ? { ...t, track: { ...t.track, settings: { ...t.track.settings, aggregation: 'SHRUNK' } } }
        : t,
    ),
  };
}

describe('a sealed SHRUNK track is verified by recomputation', () => {
  const document = buildResultsDocument(shrunkFixture());
  const sealed = sha256Hex(canonicalJson(document));
  const track = () => document.tracks.find((t) => t.method === 'SHRUNK')!;

  it('publishes the method and each judge’s shrunk bias, and recomputes to the same bytes', () => {
    // Shrunk toward 0: smaller than CALIBRATED's estimate of the same judge, same sign.
    const calibrated = buildResultsDocument(sealFixture()).tracks.find((t) => t.method === 'CALIBRATED')!;
    track().judges.forEach((j, k) => {
      const estimate = calibrated.judges[k].bias!;
      expect(Math.abs(j.bias!)).toBeLessThan(Math.abs(estimate));
      expect(Math.sign(j.bias!)).toBe(Math.sign(estimate));
    });
    const report = verifyResultsDocument(JSON.parse(JSON.stringify(document)), sealed);
    expect(report).toMatchObject({ ok: true, documentMatches: true, hashMatches: true, differences: [] });
  });

  it('fails when a published bias is altered', () => {
    const tampered = JSON.parse(JSON.stringify(document));
    const judges = tampered.tracks.find((t: { method: string }) => t.method === 'SHRUNK').judges;
    judges[0].bias = judges[0].bias + 0.5;
    const report = verifyResultsDocument(tampered, sealed);
    // The recomputation from the sheets still gives the sealed hash: the published document is what differs.
    expect(report).toMatchObject({ ok: false, documentMatches: false, hashMatches: true });
  });
});
