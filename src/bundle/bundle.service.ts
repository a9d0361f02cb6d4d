import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { canonicalJson } from '../domain/seal/canonical';
import { EditionEntity } from '../database/schema/edition.entity';
import { EditionView, presentEdition } from '../editions/edition.presenter';
import { InstitutionsService } from '../institutions/institutions.service';
import { SealSigner } from '../results/signing/seal-signer.service';
import { UsersService } from '../users/users.service';
import { BundleErrors } from './bundle.errors';
import { BundleValidation, validateBundle } from './bundle-validator';
import { BUNDLE_FORMAT_VERSION, BUNDLE_FORMAT_VERSIONS_READ, BundleV1 } from './format/bundle-format';
import { ProblemList } from './format/problems';
import { ExportContext } from './sections/export-context';
import { ImportContext, ImportedRows } from './sections/import-context';
import { BUNDLE_SECTIONS, EXPORT_ORDER } from './sections/registry';
import { Locks } from '../database/locks';

export interface ImportOptions {
  /** The id the new edition gets (must be unused); a fresh UUID when absent. */
  editionId?: string;
  /** Store the edition under this key instead of the bundle's own (a copy; not for finalised editions). */
  asKey?: string;
  /** Rows stored so far per section (the CLI shows it on stderr). */
  onProgress?: (section: string, done: number, total: number) => void;
}

/** Serialises imports with each other (PostgreSQL advisory lock; SQLite is serial anyway). */

/**
 * Export and import of whole editions as one JSON document (docs/bundle.md). The sections of the registry do
 * the work; this service runs them in one read snapshot (export) or one transaction (import).
 */
@Injectable()
export class BundleService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly institutions: InstitutionsService,
    private readonly users: UsersService,
    private readonly sealSigner: SealSigner,
  ) {}

  /** The edition as a bundle; `onProgress` hears of each section read (the CLI shows it on stderr). */
  async exportBundle(
    actor: AuthUser | null,
    editionId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BundleV1> {
    requireAccess(actor, Permission.BUNDLE_EXPORT);
    return this.db.transaction(async (m) => {
      // One consistent snapshot of the edition across all the section reads.
      if (this.db.dialect === 'postgres') {
        await m.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      }
      const edition = await m.findOneBy(EditionEntity, { id: editionId });
      if (!edition) throw notFound();
      const ctx = new ExportContext(m, edition);
      const values = new Map<string, unknown>();
      for (const name of EXPORT_ORDER) {
        const section = BUNDLE_SECTIONS.find((s) => s.name === name)!;
        values.set(name, await section.export(ctx));
        onProgress?.(values.size, EXPORT_ORDER.length);
      }
      const bundle: Record<string, unknown> = { formatVersion: BUNDLE_FORMAT_VERSION };
      for (const section of BUNDLE_SECTIONS) bundle[section.name] = values.get(section.name);
      return bundle as unknown as BundleV1;
    });
  }

  /**
   * Imports `input` as a new edition: everything is validated first, then stored in one transaction, or
   * nothing is stored. Institutions and users are matched by natural key (name + state, email) and created
   * when missing; created users have no password.
   */
  async importBundle(
    actor: AuthUser | null,
    input: unknown,
    options: ImportOptions = {},
  ): Promise<EditionView> {
    if (actor) requireAccess(actor, Permission.BUNDLE_IMPORT);
    const valid = this.assertValid(validateBundle(input));
    if (options.asKey !== undefined && valid.edition.finalizedAt !== null) {
      throw new DomainException(BundleErrors.SEALED_KEY_FIXED, { key: valid.edition.key });
    }
    const key = options.asKey ?? valid.edition.key;
    const bundle: BundleV1 = { ...valid, edition: { ...valid.edition, key } };
    const editionId = options.editionId ?? randomUUID();
    const sha256 = createHash('sha256').update(canonicalJson(valid)).digest('hex');
    const edition = await this.db.transaction(async (m) => {
      await this.db.lock(m, Locks.bundleImport);
      if (await m.existsBy(EditionEntity, { id: editionId })) {
        throw new DomainException(BundleErrors.EDITION_ID_TAKEN, { id: editionId });
      }
      if (await m.existsBy(EditionEntity, { key })) {
        throw new DomainException(BundleErrors.EDITION_KEY_TAKEN, { key });
      }
      const ctx: ImportContext = {
        m,
        actor: actor,
        now: this.clock.now(),
        editionId,
        bundle,
        rows: new ImportedRows(),
        services: {
          institutions: this.institutions,
          users: this.users,
          audit: this.audit,
          sealSigner: this.sealSigner,
        },
        counts: {},
        progress: (section, done, total) => options.onProgress?.(section, done, total),
      };
      const conflicts = new ProblemList();
      for (const section of BUNDLE_SECTIONS) await section.checkStored?.(ctx, conflicts);
      if (!conflicts.empty) {
        throw new DomainException(
          BundleErrors.BUNDLE_CONFLICTS,
          { count: conflicts.size },
          conflicts.toFieldProblems(),
        );
      }
      for (const section of BUNDLE_SECTIONS) await section.import(ctx);
      await this.audit.append(m, actor, 'bundle.import', { type: 'edition', id: editionId }, null, {
        formatVersion: bundle.formatVersion,
        key,
        ...(key !== valid.edition.key ? { copiedFromKey: valid.edition.key } : {}),
        name: bundle.edition.name,
        year: bundle.edition.year,
        sha256,
        counts: ctx.counts,
      });
      return m.findOneByOrFail(EditionEntity, { id: editionId });
    });
    return presentEdition(edition, this.clock.now());
  }

  private assertValid(validation: BundleValidation): BundleV1 {
    if (validation.ok) return validation.bundle;
    switch (validation.reason) {
      case 'VERSION':
        throw new DomainException(BundleErrors.BUNDLE_VERSION_UNSUPPORTED, {
          supported: BUNDLE_FORMAT_VERSIONS_READ.join(', '),
          version: JSON.stringify(validation.version),
        });
      case 'REFUSED':
        throw new DomainException(
          BundleErrors.BUNDLE_SECTIONS_UNSUPPORTED,
          { sections: validation.sections.join(', ') },
          validation.sections.map((field) => ({
            field,
            code: 'unsupportedSection',
            message: {
              es: `${field}: esta versión no puede guardar su contenido; debe estar vacía`,
              en: `${field}: this version cannot store its content; it must be empty`,
            },
          })),
        );
      case 'STRUCTURE':
      case 'REFERENCES':
        throw new DomainException(
          BundleErrors.BUNDLE_INVALID,
          { count: validation.problems.size },
          validation.problems.toFieldProblems(),
        );
    }
  }
}
