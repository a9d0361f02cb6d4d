/**
 * Every advisory lock name in one place, so that two modules serialising the same thing use the same name and no
 * module borrows a name from another module's service. On PostgreSQL these are transaction-scoped advisory locks
 * (TransactionRunner.lock / lockShared); SQLite runs one write transaction at a time, so they cost nothing there.
 */
export const Locks = {
  /** The audit trail's head: one append at a time keeps the hash chain linear. */
  auditChain: 'audit-chain',
  /** Assignment changes of one track; submissions and sheet changes take it shared. */
  judgingTrack: (trackId: string) => `judging-track:${trackId}`,
  /** Changes to one assignment and its score sheet. */
  judgingAssignment: (assignmentId: string) => `judging-assignment:${assignmentId}`,
  /** Finalisation, publication and override changes of one edition. */
  editionResults: (editionId: string) => `finalize:${editionId}`,
  /** The set of active organisers (the last one cannot be removed). */
  activeOrganisers: 'users:active-organisers',
  bootstrapOrganiser: 'bootstrap-organiser',
  bundleImport: 'bundle-import',
  signingKeys: 'signing-keys',
  retention: 'retention',
  seed2018: 'seed-2018',
} as const;
