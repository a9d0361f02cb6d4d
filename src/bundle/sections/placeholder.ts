import { BundleV1, SectionName } from '../format/bundle-format';
import { BundleSection } from './section';

type ArraySection = { [K in SectionName]: BundleV1[K] extends unknown[] ? K : never }[SectionName];

/**
 * A section this version cannot store yet: exported empty, accepted empty, and a bundle carrying content in it
 * is refused (422 naming the section) rather than imported without it. Replace it with a real section file.
 */
export function placeholderArraySection<K extends ArraySection>(
  name: K,
  description: string,
): BundleSection<K> {
  return {
    name,
    schema: {
      description: `${description} Not stored by this version: must be empty.`,
      type: 'array',
      items: { type: 'object' },
    },
    refuses: (value) => value.length > 0,
    export: async () => [],
    check: () => undefined,
    import: async () => undefined,
  };
}
