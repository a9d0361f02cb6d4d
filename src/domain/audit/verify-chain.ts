import { AuditHashInput, computeAuditHash, GENESIS_HASH } from './audit-hash';

export interface ChainEntry extends AuditHashInput {
  readonly id: string;
  readonly hash: string;
}

export type ChainBreakReason = 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'SEQ_GAP';

export interface ChainBreak {
  readonly seq: number;
  readonly id: string;
  readonly reason: ChainBreakReason;
}

export interface ChainVerification {
  /** True when every entry is where it should be and hashes to what it says. */
  readonly ok: boolean;
  /** Entries examined. */
  readonly count: number;
  /** The stored hash of the last entry (GENESIS_HASH for an empty trail): what a seal records. */
  readonly head: string;
  /** The seq of the last entry (0 for an empty trail). */
  readonly headSeq: number;
  /** The first entry, in seq order, that does not fit. */
  readonly firstBroken?: ChainBreak;
}

/**
 * Walks the chain in seq order, a page at a time (`push` as many times as needed, then `result`), so a
 * long trail never has to be in memory at once. Checks, for each entry, in this order:
 * - SEQ_GAP: its seq is not the previous seq + 1 (the first entry must be seq 1): entries were removed;
 * - PREV_HASH_MISMATCH: its prevHash is not the previous entry's stored hash (GENESIS_HASH for seq 1):
 *   an entry before it was rewritten together with its hash, or removed;
 * - HASH_MISMATCH: recomputing its hash from its content gives another value: it was edited.
 * After a break the walk goes on from the stored values, only the first break is reported. A removal of the
 * newest entries cannot be seen from the trail alone: compare the head with a sealed one for that.
 */
export class ChainVerifier {
  private count = 0;
  private lastSeq = 0;
  private lastHash = GENESIS_HASH;
  private firstBroken: ChainBreak | undefined;

  push(entries: Iterable<ChainEntry>): this {
    for (const entry of entries) this.check(entry);
    return this;
  }

  result(): ChainVerification {
    const base = { ok: !this.firstBroken, count: this.count, head: this.lastHash, headSeq: this.lastSeq };
    return this.firstBroken ? { ...base, firstBroken: this.firstBroken } : base;
  }

  private check(entry: ChainEntry): void {
    const reason = this.problemOf(entry);
    if (reason && !this.firstBroken) this.firstBroken = { seq: entry.seq, id: entry.id, reason };
    this.count += 1;
    this.lastSeq = entry.seq;
    this.lastHash = entry.hash;
  }

  private problemOf(entry: ChainEntry): ChainBreakReason | null {
    if (entry.seq !== this.lastSeq + 1) return 'SEQ_GAP';
    if (entry.prevHash !== this.lastHash) return 'PREV_HASH_MISMATCH';
    return hashOf(entry) === entry.hash ? null : 'HASH_MISMATCH';
  }
}

/** The entry's hash recomputed from its content; null when the content cannot be hashed (e.g. a bad date). */
function hashOf(entry: ChainEntry): string | null {
  try {
    return computeAuditHash(entry);
  } catch {
    return null;
  }
}

/** Verifies a whole trail given in seq order. */
export function verifyChain(entries: Iterable<ChainEntry>): ChainVerification {
  return new ChainVerifier().push(entries).result();
}
