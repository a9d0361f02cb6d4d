import { AuditHashInput, computeAuditHash, GENESIS_HASH } from './audit-hash';
import { ChainEntry, ChainVerifier, verifyChain } from './verify-chain';

function chain(length: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content: AuditHashInput = {
      seq,
      at: new Date(Date.UTC(2018, 3, 13, 15, 0, seq)),
      actorId: seq === 1 ? null : 'user-1',
      actorRole: seq === 1 ? 'SYSTEM' : 'ORGANISER',
      action: 'nomination.submit',
      entityType: 'nomination',
      entityId: `n-${seq}`,
      before: seq === 1 ? null : { status: 'DRAFT' },
      after: { status: 'SUBMITTED', scores: [1, 2.5] },
      prevHash,
    };
    const hash = computeAuditHash(content);
    entries.push({ ...content, id: `id-${seq}`, hash });
    prevHash = hash;
  }
  return entries;
}

function rehash(entry: ChainEntry): ChainEntry {
  return { ...entry, hash: computeAuditHash(entry) };
}

describe(verifyChain.name, () => {
  const sut = verifyChain;

  it('accepts an empty trail, its head being the genesis hash', () => {
    expect(sut([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH, headSeq: 0 });
  });

  it('accepts an intact chain and reports its head', () => {
    const entries = chain(5);
    expect(sut(entries)).toEqual({ ok: true, count: 5, head: entries[4].hash, headSeq: 5 });
  });

  it('reports HASH_MISMATCH for an entry whose content was edited', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], after: { status: 'ELIGIBLE', scores: [1, 2.5] } };
    expect(sut(entries)).toMatchObject({
      ok: false,
      count: 5,
      firstBroken: { seq: 3, id: 'id-3', reason: 'HASH_MISMATCH' },
    });
  });

  it('reports HASH_MISMATCH for an edited instant', () => {
    const entries = chain(3);
    entries[1] = { ...entries[1], at: new Date(Date.UTC(2018, 3, 13, 16)) };
    expect(sut(entries).firstBroken).toEqual({ seq: 2, id: 'id-2', reason: 'HASH_MISMATCH' });
  });

  it('reports PREV_HASH_MISMATCH on the next entry when an entry was edited and rehashed', () => {
    const entries = chain(5);
    entries[2] = rehash({ ...entries[2], actorId: 'someone-else' });
    expect(sut(entries).firstBroken).toEqual({ seq: 4, id: 'id-4', reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports SEQ_GAP where an entry was removed', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(sut(entries)).toMatchObject({
      ok: false,
      count: 4,
      firstBroken: { seq: 4, id: 'id-4', reason: 'SEQ_GAP' },
    });
  });

  it('reports SEQ_GAP when the trail does not start at seq 1', () => {
    expect(sut(chain(3).slice(1)).firstBroken).toEqual({ seq: 2, id: 'id-2', reason: 'SEQ_GAP' });
  });

  it('reports PREV_HASH_MISMATCH when the first entry does not start from the genesis hash', () => {
    const entries = chain(2);
    entries[0] = rehash({ ...entries[0], prevHash: 'f'.repeat(64) });
    expect(sut(entries).firstBroken).toEqual({ seq: 1, id: 'id-1', reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports only the first of several breaks', () => {
    const entries = chain(6);
    entries[1] = { ...entries[1], action: 'x' };
    entries[4] = { ...entries[4], action: 'y' };
    expect(sut(entries).firstBroken?.seq).toBe(2);
  });

  it('treats an unreadable instant as a hash mismatch instead of throwing', () => {
    const entries = chain(2);
    entries[1] = { ...entries[1], at: 'not a date' };
    expect(sut(entries).firstBroken).toEqual({ seq: 2, id: 'id-2', reason: 'HASH_MISMATCH' });
  });
});

describe(ChainVerifier.name, () => {
  it('gives the same result page by page as all at once', () => {
    const entries = chain(10);
    entries[6] = { ...entries[6], entityId: 'moved' };
    const sut = new ChainVerifier();
    for (let i = 0; i < entries.length; i += 3) sut.push(entries.slice(i, i + 3));
    expect(sut.result()).toEqual(verifyChain(entries));
  });
});

describe(computeAuditHash.name, () => {
  const sut = computeAuditHash;

  it('is the SHA-256 of the canonical JSON of the documented fields (a fixed vector)', () => {
    const hash = sut({
      seq: 1,
      at: '2018-04-13T15:00:00Z',
      actorId: null,
      actorRole: 'SYSTEM',
      action: 'user.create',
      entityType: 'user',
      entityId: 'u1',
      before: null,
      after: { email: 'a@example.org' },
      prevHash: GENESIS_HASH,
    });
    // sha256 of {"action":"user.create","actorId":null,"actorRole":"SYSTEM","after":{"email":"a@example.org"},"at":"2018-04-13T15:00:00.000Z","before":null,"entityId":"u1","entityType":"user","prevHash":"000…000","seq":1}
    expect(hash).toBe(HASH_VECTOR);
  });
});

const HASH_VECTOR = 'c91d3ad8583f996bf76bafda356e464bc51c799d87a40f129aea349def89bfd3';
