import type { OpenCall } from '../../../editions/public-editions.service';
import { pageTemplate } from '../../page-template';

/** The home page: the open calls, the editions whose results are public, links for the visitor's areas. */
export interface HomeView {
  published: { id: string; name: string }[];
  calls: OpenCall[];
  stateName: (code: string) => string;
}

export const HOME_PAGE = pageTemplate<HomeView>(__dirname, 'home');
