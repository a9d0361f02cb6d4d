export type NominationStatus = 'DRAFT' | 'SUBMITTED' | 'ELIGIBLE' | 'INELIGIBLE' | 'WITHDRAWN';

export type NominationAction = 'EDIT' | 'SUBMIT' | 'WITHDRAW' | 'DECIDE_ELIGIBILITY' | 'ATTACH';

/** Which actions each status allows (docs/domain.md: DRAFT → SUBMITTED → ELIGIBLE | INELIGIBLE; WITHDRAWN from draft or submitted). */
export function nominationAllows(status: NominationStatus, action: NominationAction): boolean {
  switch (action) {
    case 'EDIT':
    case 'ATTACH':
      return status === 'DRAFT';
    case 'SUBMIT':
      return status === 'DRAFT';
    case 'WITHDRAW':
      return status === 'DRAFT' || status === 'SUBMITTED';
    case 'DECIDE_ELIGIBILITY':
      return status === 'SUBMITTED' || status === 'ELIGIBLE' || status === 'INELIGIBLE';
  }
}

/** Nominations judged and ranked: submitted and not ruled out. */
export function isInCompetition(status: NominationStatus): boolean {
  return status === 'SUBMITTED' || status === 'ELIGIBLE';
}
