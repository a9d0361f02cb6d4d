import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { EDITION_2018 } from '../../db/seeds/edition-2018';
import { EditionEntity } from '../database/schema/edition.entity';
import { EditionsService } from './editions.service';
import { Locks } from '../database/locks';

/** On an empty database, the 2018 edition's structure: both tracks, default rubrics, dates and states. */
@Injectable()
export class Seed2018Service implements OnApplicationBootstrap {
  private readonly logger = new Logger(Seed2018Service.name);

  constructor(
    private readonly db: TransactionRunner,
    private readonly editions: EditionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.db.transaction(async (m) => {
      await this.db.lock(m, Locks.seed2018);
      if ((await m.count(EditionEntity)) > 0) return false;
      // The historical edition, as it was run: one organiser decided (no four eyes).
      await this.editions.insertEdition(m, null, { ...EDITION_2018, fourEyes: false });
      return true;
    });
    if (seeded) this.logger.log('Seeded the 2018 edition');
  }
}
