import { placeholderArraySection } from './placeholder';

// HOOK: the results module replaces this with a real section (award overrides with their justification).
export const overridesSection = placeholderArraySection(
  'overrides',
  'Organisers’ overrides of the computed awards, with their justification.',
);
