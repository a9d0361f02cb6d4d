import catalogue from './entidades.json';

/** The 32 entidades federativas, INEGI codes (CVE_ENT), the project's own copy of shared/data/entidades.json. */
export interface State {
  readonly code: string;
  readonly name: string;
}

export const STATES: readonly State[] = catalogue.entidades;

const BY_CODE = new Map(STATES.map((s) => [s.code, s]));

export function isStateCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function stateName(code: string): string | undefined {
  return BY_CODE.get(code)?.name;
}
