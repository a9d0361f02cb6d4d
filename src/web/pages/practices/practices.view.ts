import type { Practice } from '../../../results/practices-catalogue';
import type { PracticesView } from '../../../results/practices.service';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** The catalogue of one edition, filtered; or, before any results are public, only the editions (none). */
export interface PracticesPageView {
  editions: { id: string; name: string; year: number }[];
  /** Null when no edition has public results yet. */
  catalogue: PracticesView | null;
  /** The filters as typed (the page's own parameter names), and their problems. */
  form: FormState;
  awards: readonly string[];
  links: { csv: string; json: string; results: string } | null;
}

export interface PracticePageView {
  edition: PracticesView['edition'];
  practice: Practice;
  links: { catalogue: string; results: string };
}

export const PRACTICES_PAGE = pageTemplate<PracticesPageView>(__dirname, 'practices');
export const PRACTICE_PAGE = pageTemplate<PracticePageView>(__dirname, 'practice');
