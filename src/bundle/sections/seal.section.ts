import { RESULTS_FORMAT_VERSION, verifyResultsDocument } from '../../domain/seal';
import { SealEntity } from '../../database/schema/seal.entity';
import { importSeal } from '../../results/sealed-import';
import { BundleSeal, BundleSealVersion } from '../format/bundle-format';
import { ProblemList } from '../format/problems';
import { integer, ref, strictObject, stringOrNull } from '../format/schema-parts';
import { BundleSection, instant } from './section';

const SEAL_VERSION_PROPERTIES = {
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
  version: integer(1, 1_000_000),
  previousSealSha256: { anyOf: [{ type: 'null' }, ref('sha256')] },
  erratum: stringOrNull(4000),
};

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
      strictObject(
        {
          ...SEAL_VERSION_PROPERTIES,
          history: {
            description: 'The earlier seal versions of a corrected edition, oldest first',
            type: 'array',
            maxItems: 1000,
            items: strictObject(SEAL_VERSION_PROPERTIES, ['version', 'previousSealSha256', 'erratum']),
          },
        },
        ['version', 'previousSealSha256', 'erratum', 'history'],
      ),
    ],
  },

  async export(ctx): Promise<BundleSeal | null> {
    const versions = await ctx.m.find(SealEntity, {
      where: { editionId: ctx.edition.id },
      order: { version: 'ASC' },
    });
    if (versions.length === 0) return null;
    await ctx.referUsers(versions.map((v) => v.finalizedById));
    const exported = versions.map((seal): BundleSealVersion => ({
      sha256: seal.sha256,
      auditHead: seal.auditHead,
      auditHeadSeq: seal.auditHeadSeq,
      finalizedAt: seal.finalizedAt.toISOString(),
      finalizedByEmail: ctx.userEmailOrNull(seal.finalizedById),
      results: JSON.parse(seal.resultsJson) as BundleSeal['results'],
      // Version 1 keeps the shape bundles had before corrections existed.
      ...(seal.version > 1
        ? { version: seal.version, previousSealSha256: seal.previousSealSha256, erratum: seal.erratum }
        : {}),
    }));
    const current = exported[exported.length - 1];
    return exported.length > 1 ? { ...current, history: exported.slice(0, -1) } : current;
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
    const versions = [...(seal.history ?? []), seal];
    versions.forEach((version, i) => {
      const path = i === versions.length - 1 ? ['seal'] : ['seal', 'history', i];
      checkVersion(version, i, versions[i - 1] ?? null, path, problems);
    });
  },

  async import(ctx) {
    const seal = ctx.bundle.seal;
    if (seal === null) return;
    const versions = [...(seal.history ?? []), seal].map((v, i) => ({
      version: i + 1,
      previousSealSha256: v.previousSealSha256 ?? null,
      erratum: v.erratum ?? null,
      sha256: v.sha256,
      auditHead: v.auditHead,
      auditHeadSeq: v.auditHeadSeq,
      finalizedAt: instant(v.finalizedAt),
      finalizedById:
        v.finalizedByEmail === null ? null : (ctx.rows.users.get(v.finalizedByEmail)?.id ?? null),
      results: v.results,
    }));
    await importSeal(ctx.m, ctx.editionId, versions, ctx.services.sealSigner);
    ctx.counts.seals = versions.length;
  },
};

/**
 * One seal version: its document hashes to its sha256 and recomputes to itself; versions are numbered 1, 2…
 * and each correction names its predecessor's hash and its erratum, in the row and in its document.
 */
function checkVersion(
  seal: BundleSealVersion,
  index: number,
  before: BundleSealVersion | null,
  path: (string | number)[],
  problems: ProblemList,
): void {
  const correction = seal.results.correction;
  const chained =
    (seal.version ?? 1) === index + 1 &&
    (before === null
      ? (seal.previousSealSha256 ?? null) === null && correction === undefined
      : seal.previousSealSha256 === before.sha256 &&
        correction?.previousSealSha256 === before.sha256 &&
        correction.version === index + 1 &&
        correction.erratum === seal.erratum);
  if (!chained) {
    problems.add(
      [...path, 'previousSealSha256'],
      'inconsistent',
      'no encadena con la versión anterior del sello (número de versión, huella anterior o fe de erratas)',
      'does not chain onto the previous seal version (version number, previous hash or erratum)',
    );
  }
  let report;
  try {
    report = verifyResultsDocument(seal.results, seal.sha256);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.add(
      [...path, 'results'],
      'invalid',
      `no es un documento de resultados: ${detail}`,
      `is not a results document: ${detail}`,
    );
    return;
  }
  if (report.error !== null) {
    problems.add(
      [...path, 'results'],
      'invalid',
      `no puede recalcularse: ${report.error}`,
      `cannot be recomputed: ${report.error}`,
    );
  } else if (report.publishedSha256 !== seal.sha256) {
    problems.add(
      [...path, 'sha256'],
      'hashMismatch',
      'no es el SHA-256 de results',
      'is not the SHA-256 of results',
    );
  } else if (!report.documentMatches || !report.judgeNumberingValid) {
    problems.add(
      [...path, 'results'],
      'notReproducible',
      'no se reproduce a partir de sus propias hojas y decisiones',
      'does not recompute from its own sheets and overrides',
    );
  }
}
