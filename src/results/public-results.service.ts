import { Injectable } from '@nestjs/common';
import { Config } from '../config/config';
import type { Award } from '../domain/scoring/types';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { TransactionRunner } from '../database/transaction-runner';
import { EditionTimeline, publicSince, resultsArePublic } from '../domain/editions/phase';
import type { ResultsDocument } from '../domain/seal';
import { EditionEntity } from '../database/schema/edition.entity';
import { AWARD_ORDER } from './awards-labels';
import { renderCertificate } from './certificate-pdf';
import { SealEntity } from '../database/schema/seal.entity';
import { PublishedAnswers } from '../common/http/published-answers';
import type { PublicKeyRecord } from '../domain/seal';
import { finalAwards } from '../domain/verification';
import { buildPublicBundle } from './public-bundle';
import { sealHistory } from './seal-history';
import { SealSigner } from './signing/seal-signer.service';
import type { PublicSnapshot } from './public-snapshot';
import { minuteInForce, resultsCsv } from './results-csv';

/** The page a certificate's QR code and link open: its status under every seal version. */
export function certificatePagePath(editionId: string, nominationKey: string, version: number): string {
  return `/resultados/${editionId}/constancias/${encodeURIComponent(nominationKey)}/${version}`;
}

export interface CertificateHistory {
  editionId: string;
  nomination: { key: string; title: string; trackCode: string; nomineeInstitution: string };
  /** The current seal version. */
  current: number;
  /** The current certificate (404 when the nomination holds no award now). */
  certificate: string;
  versions: {
    version: number;
    sha256: string;
    finalizedAt: string;
    erratum: string | null;
    award: Award | null;
  }[];
}

/** One representation of published results: the bytes and their strong validator. */
export interface PublicRepresentation {
  readonly body: Buffer;
  readonly contentType: string;
  /** Strong ETag: the seal's SHA-256 (quoted); the same bytes for every request and instance. */
  readonly etag: string;
  readonly filename?: string;
}

/** Everything public about one edition's sealed results, computed once per process. */
class PublishedResults {
  private json?: PublicRepresentation;
  private csv?: PublicRepresentation;
  private bundle?: PublicRepresentation;
  private history?: PublicRepresentation;
  private readonly certificates = new Map<string, Promise<PublicRepresentation>>();
  readonly document: ResultsDocument;
  readonly snapshot: PublicSnapshot;
  readonly etag: string;
  /** The current version (the newest). */
  readonly seal: SealEntity;

  constructor(
    readonly editionId: string,
    readonly timeline: EditionTimeline,
    /** Every seal version, oldest first. */
    readonly versions: readonly SealEntity[],
    private readonly keys: PublicKeyRecord[],
    private readonly publicBaseUrl: string,
  ) {
    const seal = versions[versions.length - 1];
    this.seal = seal;
    this.document = JSON.parse(seal.resultsJson) as ResultsDocument;
    this.snapshot = JSON.parse(seal.publicJson) as PublicSnapshot;
    this.etag = `"${seal.sha256}"`;
  }

  results(): PublicRepresentation {
    return (this.json ??= this.represent(
      Buffer.from(JSON.stringify(this.resultsBody()), 'utf8'),
      'application/json; charset=utf-8',
    ));
  }

  resultsCsv(): PublicRepresentation {
    return (this.csv ??= this.represent(
      resultsCsv(this.document, this.snapshot, this.seal),
      'text/csv; charset=utf-8',
      `resultados-${this.snapshot.edition.key}.csv`,
    ));
  }

  publicBundle(): PublicRepresentation {
    return (this.bundle ??= this.represent(
      Buffer.from(
        JSON.stringify(buildPublicBundle(this.document, this.snapshot, this.versions, this.keys)),
        'utf8',
      ),
      'application/json; charset=utf-8',
      `paquete-publico-${this.snapshot.edition.key}.json`,
    ));
  }

  /** Every seal version with its signature and the awards that moved from the version before. */
  seals(): PublicRepresentation {
    return (this.history ??= this.represent(
      Buffer.from(JSON.stringify(sealHistory(this.versions, this.snapshot)), 'utf8'),
      'application/json; charset=utf-8',
    ));
  }

  /**
   * What a certificate's verification link shows: the nomination's final award under every seal version, so
   * a certificate issued under an earlier version can say whether a correction withdrew or changed it.
   */
  certificateHistory(nominationRef: string): CertificateHistory | null {
    const nomination = this.snapshot.nominations.find(
      (n) => n.id === nominationRef || n.key === nominationRef,
    );
    if (!nomination) return null;
    const awardIn = (document: ResultsDocument): Award | null => {
      const row = document.tracks
        .find((t) => t.code === String(nomination.trackCode))
        ?.results.flatMap((c) => c.rows)
        .find((r) => r.nominationKey === nomination.key);
      return row && !row.finalAwardPending ? row.finalAward : null;
    };
    return {
      editionId: this.editionId,
      nomination: {
        key: nomination.key,
        title: nomination.title,
        trackCode: nomination.trackCode,
        nomineeInstitution: nomination.nomineeInstitution.name,
      },
      current: this.seal.version,
      certificate: `/api/public/editions/${this.editionId}/certificates/${nomination.id}.pdf`,
      versions: this.versions.map((v) => ({
        version: v.version,
        sha256: v.sha256,
        finalizedAt: v.finalizedAt.toISOString(),
        erratum: v.erratum,
        award: awardIn(v === this.seal ? this.document : (JSON.parse(v.resultsJson) as ResultsDocument)),
      })),
    };
  }

  /** The constancia of an award holder (by nomination id or key); null when it holds no final award. */
  certificate(nominationRef: string): Promise<PublicRepresentation> | null {
    const nomination = this.snapshot.nominations.find(
      (n) => n.id === nominationRef || n.key === nominationRef,
    );
    if (!nomination) return null;
    const cached = this.certificates.get(nomination.id);
    if (cached) return cached;
    const track = this.document.tracks.find((t) => t.code === String(nomination.trackCode));
    const row = track?.results.flatMap((c) => c.rows).find((r) => r.nominationKey === nomination.key);
    const describedTrack = this.snapshot.tracks.find((t) => t.code === nomination.trackCode);
    if (!row || !describedTrack || row.finalAward === null || row.finalAwardPending) return null;
    const rendering = renderCertificate({
      edition: this.snapshot.edition,
      track: describedTrack,
      nomination,
      award: row.finalAward,
      aggregate: row.aggregate,
      sha256: this.seal.sha256,
      auditHead: this.seal.auditHead,
      version: this.seal.version,
      finalizedAt: this.seal.finalizedAt,
      verifyUrl: `${this.publicBaseUrl}${certificatePagePath(this.editionId, nomination.key, this.seal.version)}`,
    }).then((pdf) => this.represent(pdf, 'application/pdf', `constancia-${nomination.key}.pdf`));
    this.certificates.set(nomination.id, rendering);
    rendering.catch(() => this.certificates.delete(nomination.id));
    return rendering;
  }

  private resultsBody() {
    const nominations = new Map(this.snapshot.nominations.map((n) => [`${n.trackCode}\u0000${n.key}`, n]));
    const awards = finalAwards(this.document).map((line) => {
      const rows = this.document.tracks
        .find((t) => t.code === line.trackCode)!
        .results.find((c) => c.categoryKey === line.categoryKey)!.rows;
      const track = this.document.tracks.find((t) => t.code === line.trackCode)!;
      return {
        trackCode: line.trackCode,
        categoryKey: line.categoryKey,
        award: line.award,
        desierto: line.nominationKeys.length === 0,
        holders: line.nominationKeys.map((key) => {
          const n = nominations.get(`${line.trackCode}\u0000${key}`);
          const row = rows.find((r) => r.nominationKey === key)!;
          return {
            nominationId: n?.id ?? null,
            nominationKey: key,
            title: n?.title ?? null,
            nomineeInstitution: n?.nomineeInstitution.name ?? null,
            stateCode: n?.stateCode ?? null,
            aggregate: row.aggregate,
            rank: row.rank,
            overridden: row.overridden,
            juryMinute: row.overridden ? minuteInForce(track, key) : null,
            certificate: n ? `/api/public/editions/${this.editionId}/certificates/${n.id}.pdf` : null,
          };
        }),
      };
    });
    awards.sort(
      (a, b) =>
        cmp(a.trackCode, b.trackCode) ||
        cmp(a.categoryKey ?? '', b.categoryKey ?? '') ||
        AWARD_ORDER.indexOf(a.award) - AWARD_ORDER.indexOf(b.award),
    );
    const { publishedAt, announcementAt } = this.timeline;
    const since = publicSince({ firstSealedAt: this.versions[0].finalizedAt, publishedAt, announcementAt })!;
    return {
      edition: this.snapshot.edition,
      publication: {
        publicSince: since.toISOString(),
        scheduledAt: announcementAt.toISOString(),
      },
      seal: {
        version: this.seal.version,
        previousSealSha256: this.seal.previousSealSha256,
        erratum: this.seal.erratum,
        signatureKeyId: this.seal.signatureKeyId,
        sha256: this.seal.sha256,
        auditHead: this.seal.auditHead,
        auditHeadSeq: this.seal.auditHeadSeq,
        finalizedAt: this.seal.finalizedAt.toISOString(),
        algorithm: 'SHA-256 of the RFC 8785 (JCS) canonical JSON of `document`',
      },
      awards,
      tracks: this.snapshot.tracks,
      nominations: this.snapshot.nominations,
      document: this.document,
      links: {
        csv: `/api/public/editions/${this.editionId}/results.csv`,
        bundle: `/api/public/editions/${this.editionId}/bundle`,
        seals: `/api/public/editions/${this.editionId}/seals`,
        keys: '/api/public/keys',
      },
    };
  }

  private represent(body: Buffer, contentType: string, filename?: string): PublicRepresentation {
    return { body, contentType, etag: this.etag, filename };
  }
}

/**
 * The public face of sealed results (docs/results.md): 404 — the same answer as an unknown id — until the
 * results are public (`resultsArePublic`), then immutable representations served from memory.
 */
@Injectable()
export class PublicResultsService {
  /** Only editions whose results were public when loaded; sealed results never change, so nothing expires. */
  private readonly cache = new Map<string, PublishedResults>();

  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly signer: SealSigner,
    private readonly answers: PublishedAnswers,
    private readonly config: Config,
  ) {}

  async results(editionId: string): Promise<PublicRepresentation> {
    return (await this.published(editionId)).results();
  }

  async csv(editionId: string): Promise<PublicRepresentation> {
    return (await this.published(editionId)).resultsCsv();
  }

  async bundle(editionId: string): Promise<PublicRepresentation> {
    return (await this.published(editionId)).publicBundle();
  }

  async seals(editionId: string): Promise<PublicRepresentation> {
    return (await this.published(editionId)).seals();
  }

  /** Drops what this process keeps of an edition (a new seal version was made). */
  forget(editionId: string): void {
    this.cache.delete(editionId);
    this.answers.forget(editionId);
  }

  /** The sealed document and public snapshot in force, with the seal's version and hash (public results only). */
  async sealed(editionId: string): Promise<{
    document: ResultsDocument;
    snapshot: PublicSnapshot;
    seal: { version: number; sha256: string };
  }> {
    const { document, snapshot, seal } = await this.published(editionId);
    return { document, snapshot, seal: { version: seal.version, sha256: seal.sha256 } };
  }

  /** The edition's time zone (public results only). */
  async timezone(editionId: string): Promise<string> {
    return (await this.published(editionId)).snapshot.edition.timezone;
  }

  async certificateHistory(editionId: string, nominationRef: string): Promise<CertificateHistory> {
    const history = (await this.published(editionId)).certificateHistory(nominationRef);
    if (!history) throw notFound();
    return history;
  }

  async certificate(editionId: string, nominationRef: string): Promise<PublicRepresentation> {
    const certificate = (await this.published(editionId)).certificate(nominationRef);
    if (!certificate) throw notFound();
    return certificate;
  }

  private async published(editionId: string): Promise<PublishedResults> {
    const now = this.clock.now();
    const cached = this.cache.get(editionId);
    if (cached && resultsArePublic(cached.timeline, now)) return cached;
    const found = await this.db.read(async (m) => {
      const edition = await m.findOneBy(EditionEntity, { id: editionId });
      if (!edition || !resultsArePublic(edition, now)) return null;
      const versions = await m.find(SealEntity, { where: { editionId }, order: { version: 'ASC' } });
      return versions.length > 0 ? { edition, versions } : null;
    });
    if (!found) throw notFound();
    const keys = await this.signer.keysOf(found.versions.map((v) => v.signatureKeyId ?? ''));
    const entry = new PublishedResults(
      editionId,
      timelineOf(found.edition),
      found.versions,
      keys,
      this.config.seal.publicBaseUrl,
    );
    this.cache.set(editionId, entry);
    return entry;
  }
}

function timelineOf(e: EditionEntity): EditionTimeline {
  return {
    nominationsOpenAt: e.nominationsOpenAt,
    nominationsCloseAt: e.nominationsCloseAt,
    judgingOpenAt: e.judgingOpenAt,
    judgingCloseAt: e.judgingCloseAt,
    announcementAt: e.announcementAt,
    finalizedAt: e.finalizedAt,
    publishedAt: e.publishedAt,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
