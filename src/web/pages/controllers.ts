import type { Type } from '@nestjs/common';
import { AssetsController } from '../shared/assets.controller';
import { HomePageController } from './home/home.controller';
import { PrivacyPageController } from './privacy/privacy.controller';
import { PublicResultsPageController } from './public-results/public-results.controller';

/** Every page's controller (docs/web.md, "Adding a page"): a new page adds its own here. */
export const PAGE_CONTROLLERS: Type[] = [
  AssetsController,
  HomePageController,
  PrivacyPageController,
  PublicResultsPageController,
];
