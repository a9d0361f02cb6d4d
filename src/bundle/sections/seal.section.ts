import { BundleSection } from './section';

// HOOK: the results module replaces this with a real section (canonical results document, its SHA-256 and the
// audit chain head at finalisation).
export const sealSection: BundleSection<'seal'> = {
  name: 'seal',
  schema: {
    description: 'The seal of the finalised results. Not stored by this version: must be null.',
    type: ['object', 'null'],
  },
  refuses: (value) => value !== null,
  export: async () => null,
  check: () => undefined,
  import: async () => undefined,
};
