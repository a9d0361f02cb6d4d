import { SectionName } from '../format/bundle-format';
import { assignmentsSection } from './assignments.section';
import { editionSection } from './edition.section';
import { institutionsSection } from './institutions.section';
import { nominationsSection } from './nominations.section';
import { overridesSection } from './overrides.section';
import { panelsSection } from './panels.section';
import { scoreSheetsSection } from './score-sheets.section';
import { sealSection } from './seal.section';
import { BundleSection } from './section';
import { tracksSection } from './tracks.section';
import { usersSection } from './users.section';

type AnySection = { [K in SectionName]: BundleSection<K> }[SectionName];

/**
 * Every section of the bundle, in import order: each after the sections it refers to. This is also the order
 * of the properties of an exported bundle and of its JSON Schema.
 */
export const BUNDLE_SECTIONS: readonly AnySection[] = [
  editionSection,
  tracksSection,
  institutionsSection,
  usersSection,
  nominationsSection,
  panelsSection,
  assignmentsSection,
  scoreSheetsSection,
  overridesSection,
  sealSection,
];

/**
 * Export order: sections that hold rows first; then users and institutions, which contain exactly what the
 * other sections referred to (users before institutions: a user refers to its institution).
 */
export const EXPORT_ORDER: readonly SectionName[] = [
  'edition',
  'tracks',
  'nominations',
  'panels',
  'assignments',
  'scoreSheets',
  'overrides',
  'seal',
  'users',
  'institutions',
];
