/**
 * The highest page number any list accepts: with the largest page size (200) it still addresses far more rows
 * than any table holds, and (page − 1) × size stays a safe integer.
 */
export const MAX_PAGE = 1_000_000;

/** The highest audit sequence number a query may name (the column is a 32-bit integer). */
export const MAX_SEQ = 2_147_483_647;
