/** The hard rule a track applies at submission; everything else is the organiser's eligibility review. */
export type EligibilityRule = 'PARTICIPATING_STATE' | 'FEDERAL_NOMINEE' | 'NONE';

export type InstitutionLevel = 'FEDERAL' | 'STATE' | 'MUNICIPAL';

export type EligibilityViolation = 'STATE_REQUIRED' | 'STATE_NOT_PARTICIPATING' | 'NOMINEE_NOT_FEDERAL';

export interface EligibilityFacts {
  readonly rule: EligibilityRule;
  readonly participatingStates: readonly string[];
  readonly stateCode: string | null;
  readonly nomineeLevel: InstitutionLevel;
}

export function eligibilityViolations(facts: EligibilityFacts): EligibilityViolation[] {
  switch (facts.rule) {
    case 'PARTICIPATING_STATE':
      if (!facts.stateCode) return ['STATE_REQUIRED'];
      return facts.participatingStates.includes(facts.stateCode) ? [] : ['STATE_NOT_PARTICIPATING'];
    case 'FEDERAL_NOMINEE':
      return facts.nomineeLevel === 'FEDERAL' ? [] : ['NOMINEE_NOT_FEDERAL'];
    case 'NONE':
      return [];
  }
}

/** The rule each track applies by default (docs/domain.md). */
export function defaultEligibilityRule(trackCode: string): EligibilityRule {
  switch (trackCode) {
    case 'LOCAL_OPEN_GOV':
      return 'PARTICIPATING_STATE';
    case 'FEDERAL_PROACTIVE':
      return 'FEDERAL_NOMINEE';
    default:
      return 'NONE';
  }
}
