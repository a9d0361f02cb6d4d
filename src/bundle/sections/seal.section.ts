import { BundleSection } from './section';

// HOOK: the results module replaces this with a real section (canonical results document, its SHA-256 and the
// audit chain head at finalisation; that head belongs to the exporting installation's trail).
export const sealSection: BundleSection<'seal'> = {
  name: 'seal',
  schema: {
    description: 'The seal of the finalised results. Not stored by this version: must be null.',
    type: ['object', 'null'],
  },
  refuses: (value) => value !== null,
  export: async () => null,
  // A finalised edition without its seal would be sealed in name only: refused rather than imported so.
  check({ bundle, problems }) {
    if (bundle.edition.finalizedAt !== null && bundle.seal === null) {
      problems.add(
        ['seal'],
        'required',
        'es obligatorio: la edición está finalizada',
        'is required: the edition is finalised',
      );
    }
  },
  import: async () => undefined,
};
