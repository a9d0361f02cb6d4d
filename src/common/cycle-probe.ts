import { ERASED_PERSONAL_VALUE } from '../audit/audit.service';

/** A deliberate circular import (reverted next): CI must fail on it. */
export const CYCLE_PROBE = ERASED_PERSONAL_VALUE;
