import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { TransactionRunner } from '../database/transaction-runner';
import { resultsArePublic } from '../domain/editions/phase';
import { EditionEntity } from '../database/schema/edition.entity';
import { NominationEntity } from '../database/schema/nomination.entity';
import { PracticeQueryDto } from './dto/practice-query.dto';
import { filterPractices, Practice, practicesCsv, practicesOf } from './practices-catalogue';
import { PublicResultsService } from './public-results.service';

export interface PracticesView {
  edition: { id: string; key: string; name: string; year: number };
  seal: { version: number; sha256: string };
  /** Practices in the catalogue before filtering. */
  total: number;
  items: Practice[];
  /** What the filters can choose from, over the whole catalogue. */
  facets: {
    states: { code: string; name: string }[];
    tracks: { code: string; name: string }[];
    categories: { key: string; name: string; trackCode: string }[];
  };
}

/**
 * The public catalogue of nominated practices (docs/results.md, "The practices catalogue"): only once the
 * results are public (404 before, as every embargoed answer), only practices whose nominators consented.
 * Descriptions and awards come from the seal in force; consent is read live, so a withdrawn consent takes
 * effect at once.
 */
@Injectable()
export class PracticesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly published: PublicResultsService,
  ) {}

  async catalogue(editionId: string, filter: PracticeQueryDto = {}): Promise<PracticesView> {
    const { all, edition, seal } = await this.load(editionId);
    return {
      edition,
      seal,
      total: all.length,
      items: filterPractices(all, filter),
      facets: facetsOf(all),
    };
  }

  async practice(
    editionId: string,
    key: string,
  ): Promise<{ edition: PracticesView['edition']; practice: Practice }> {
    const { all, edition } = await this.load(editionId);
    const practice = all.find((p) => p.key === key);
    if (!practice) throw notFound();
    return { edition, practice };
  }

  async csv(editionId: string, filter: PracticeQueryDto = {}): Promise<{ body: Buffer; filename: string }> {
    const { all, edition } = await this.load(editionId);
    return {
      body: practicesCsv(edition, filterPractices(all, filter)),
      filename: `practicas-${edition.key}.csv`,
    };
  }

  /** Editions whose results are public, newest first: the ones the catalogue can show. */
  async editions(): Promise<{ id: string; name: string; year: number }[]> {
    const now = this.clock.now();
    const sealed = await this.db.read((m) =>
      m.find(EditionEntity, {
        where: { finalizedAt: Not(IsNull()) },
        order: { year: 'DESC', createdAt: 'DESC' },
      }),
    );
    return sealed.filter((e) => resultsArePublic(e, now)).map(({ id, name, year }) => ({ id, name, year }));
  }

  private async load(editionId: string) {
    const { document, snapshot, seal } = await this.published.sealed(editionId);
    const consenting = await this.db.read((m) =>
      m.find(NominationEntity, {
        where: { editionId, publicationConsent: true },
        select: { key: true },
      }),
    );
    const { id, key, name, year } = snapshot.edition;
    return {
      all: practicesOf(snapshot, document, new Set(consenting.map((n) => n.key))),
      edition: { id, key, name, year },
      seal,
    };
  }
}

function facetsOf(all: readonly Practice[]): PracticesView['facets'] {
  const states = new Map<string, string>();
  const tracks = new Map<string, string>();
  const categories = new Map<string, { key: string; name: string; trackCode: string }>();
  for (const p of all) {
    if (p.state) states.set(p.state.code, p.state.name);
    tracks.set(p.track.code, p.track.name);
    if (p.category)
      categories.set(`${p.track.code}/${p.category.key}`, { ...p.category, trackCode: p.track.code });
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'es');
  return {
    states: [...states].map(([code, name]) => ({ code, name })).sort(byName),
    tracks: [...tracks].map(([code, name]) => ({ code, name })).sort((a, b) => (a.code < b.code ? -1 : 1)),
    categories: [...categories.values()].sort(byName),
  };
}
