import { pageTemplate } from '../../page-template';

/** The home page: the tracks, the editions whose results are public, links for the visitor's areas. */
export interface HomeView {
  published: { id: string; name: string }[];
}

export const HOME_PAGE = pageTemplate<HomeView>(__dirname, 'home');
