import { RESULTS_FORMAT_VERSION, verifyResultsDocument } from '../../domain/seal';
import { SealEntity } from '../../results/entities/seal.entity';
import { importSeal } from '../../results/sealed-import';
import { BundleSeal } from '../format/bundle-format';
import { integer, ref, strictObject } from '../format/schema-parts';
import { BundleSection, instant } from './section';

/**
 * The seal of the finalised results: the results document, its SHA-256 and the audit chain head at
 * finalisation. The head names an entry of the exporting installation's trail, so it is carried as that
 * seal's evidence; the document must hash to `sha256`, recompute to itself, and (checked when storing) be what
 * the bundle's own tracks, nominations, score sheets and overrides give.
 */
export const sealSection: BundleSection<'seal'> = {
  name: 'seal',
  schema: {
    description: 'The seal of the finalised results; null when the edition is not finalised.',
    anyOf: [
      { type: 'null' },
      strictObject({
        sha256: ref('sha256'),
        auditHead: ref('sha256'),
        auditHeadSeq: integer(0, Number.MAX_SAFE_INTEGER),
        finalizedAt: ref('instant'),
        finalizedByEmail: ref('emailOrNull'),
        results: {
          description: 'The sealed results document (docs/results.md)',
          type: 'object',
          required: ['formatVersion', 'edition', 'tracks'],
          properties: {
            formatVersion: { const: RESULTS_FORMAT_VERSION },
            edition: { type: 'object' },
            tracks: { type: 'array', items: { type: 'object' } },
          },
        },
      }),
    ],
  },

  async export(ctx): Promise<BundleSeal | null> {
    const seal = await ctx.m.findOneBy(SealEntity, { editionId: ctx.edition.id });
    if (!seal) return null;
    await ctx.referUsers([seal.finalizedById]);
    return {
      sha256: seal.sha256,
      auditHead: seal.auditHead,
      auditHeadSeq: seal.auditHeadSeq,
      finalizedAt: seal.finalizedAt.toISOString(),
      finalizedByEmail: ctx.userEmailOrNull(seal.finalizedById),
      results: JSON.parse(seal.resultsJson) as BundleSeal['results'],
    };
  },

  check({ bundle, index, problems }) {
    const { edition, seal } = bundle;
    // A finalised edition without its seal would be sealed in name only: refused rather than imported so.
    if (edition.finalizedAt !== null && seal === null) {
      problems.add(
        ['seal'],
        'required',
        'es obligatorio: la edición está finalizada',
        'is required: the edition is finalised',
      );
    }
    if (seal === null) return;
    if (edition.finalizedAt === null) {
      problems.add(
        ['seal'],
        'inconsistent',
        'debe ser null: la edición no está finalizada',
        'must be null: the edition is not finalised',
      );
    } else if (new Date(edition.finalizedAt).getTime() !== new Date(seal.finalizedAt).getTime()) {
      problems.add(
        ['seal', 'finalizedAt'],
        'inconsistent',
        'debe ser el mismo instante que edition.finalizedAt',
        'must be the same instant as edition.finalizedAt',
      );
    }
    if (seal.finalizedByEmail !== null && !index.users.has(seal.finalizedByEmail)) {
      problems.add(
        ['seal', 'finalizedByEmail'],
        'unknownReference',
        'no es un usuario del paquete',
        'is not a user of the bundle',
      );
    }
    const { key, name } = seal.results.edition as { key?: unknown; name?: unknown };
    if (key !== edition.key || name !== edition.name) {
      problems.add(
        ['seal', 'results', 'edition'],
        'inconsistent',
        'debe nombrar la clave y el nombre de la edición del paquete',
        'must name the key and name of the bundle’s edition',
      );
    }
    let report;
    try {
      report = verifyResultsDocument(seal.results, seal.sha256);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.add(
        ['seal', 'results'],
        'invalid',
        `no es un documento de resultados: ${detail}`,
        `is not a results document: ${detail}`,
      );
      return;
    }
    if (report.error !== null) {
      problems.add(
        ['seal', 'results'],
        'invalid',
        `no puede recalcularse: ${report.error}`,
        `cannot be recomputed: ${report.error}`,
      );
    } else if (report.publishedSha256 !== seal.sha256) {
      problems.add(
        ['seal', 'sha256'],
        'hashMismatch',
        'no es el SHA-256 de results',
        'is not the SHA-256 of results',
      );
    } else if (!report.documentMatches || !report.judgeNumberingValid) {
      problems.add(
        ['seal', 'results'],
        'notReproducible',
        'no se reproduce a partir de sus propias hojas y decisiones',
        'does not recompute from its own sheets and overrides',
      );
    }
  },

  async import(ctx) {
    const seal = ctx.bundle.seal;
    if (seal === null) return;
    await importSeal(
      ctx.m,
      ctx.editionId,
      {
        sha256: seal.sha256,
        auditHead: seal.auditHead,
        auditHeadSeq: seal.auditHeadSeq,
        finalizedAt: instant(seal.finalizedAt),
        finalizedById:
          seal.finalizedByEmail === null ? null : (ctx.rows.users.get(seal.finalizedByEmail)?.id ?? null),
        results: seal.results,
      },
      ctx.services.sealSigner,
    );
    ctx.counts.seals = 1;
  },
};
