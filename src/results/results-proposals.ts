import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canonicalJson, sha256Hex } from '../domain/seal';
import { canonicalJsonOf } from '../domain/seal/canonical';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { SealEntity } from '../database/schema/seal.entity';
import { ProposalKind } from '../database/schema/proposal.entity';
import { ProposalsService } from '../governance/proposals.service';
import { FinalizationService } from './finalization.service';
import { PublicResultsService } from './public-results.service';
import { OverrideRequest, ResultsService } from './results.service';
import { loadEditionInput, loadTrackInput } from './track-input';

type OverridePayload = OverrideRequest & { trackId: string; nominationId: string };
type FinalizePayload = { editionId: string; acknowledgeNothingRanked: boolean };
type CorrectionPayload = { editionId: string; justification: string };

/**
 * What confirming a results proposal does. An override is decided on its track's scoring input (sheets,
 * statuses, overrides), the seal on the whole edition's: if that input changed since the proposal, it expires.
 */
@Injectable()
export class ResultsProposals implements OnModuleInit {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly results: ResultsService,
    private readonly finalization: FinalizationService,
    private readonly published: PublicResultsService,
  ) {}

  onModuleInit(): void {
    this.proposals.register(ProposalKind.OVERRIDE, {
      basis: async (m, payload) => trackBasis(m, (payload as unknown as OverridePayload).trackId),
      perform: (m, actor, payload, proposal) =>
        this.results.confirmOverride(m, actor, payload as unknown as OverridePayload, proposal.proposedById),
    });
    this.proposals.register(ProposalKind.FINALIZE, {
      basis: async (m, payload) => editionBasis(m, (payload as FinalizePayload).editionId),
      perform: (m, actor, payload) => {
        const { editionId, acknowledgeNothingRanked } = payload as FinalizePayload;
        return this.finalization.finalizeIn(m, actor, editionId, { acknowledgeNothingRanked });
      },
      afterCommit: (payload) => this.published.forget((payload as FinalizePayload).editionId),
    });
    this.proposals.register(ProposalKind.OPEN_CORRECTION, {
      basis: async (m, payload) => sealBasis(m, (payload as CorrectionPayload).editionId),
      perform: (m, actor, payload) => {
        const { editionId, justification } = payload as CorrectionPayload;
        return this.finalization.openCorrectionIn(m, actor, editionId, justification);
      },
    });
  }
}

async function trackBasis(m: EntityManager, trackId: string): Promise<string> {
  const track = await m.findOneByOrFail(TrackEntity, { id: trackId });
  return sha256Hex(canonicalJson((await loadTrackInput(m, track)).input));
}

async function editionBasis(m: EntityManager, editionId: string): Promise<string> {
  const edition = await m.findOneByOrFail(EditionEntity, { id: editionId });
  return sha256Hex(canonicalJson((await loadEditionInput(m, edition)).input));
}

/** A correction is decided on the seal in force: a newer seal (or one being corrected) makes it expire. */
async function sealBasis(m: EntityManager, editionId: string): Promise<string> {
  const edition = await m.findOneByOrFail(EditionEntity, { id: editionId });
  const seal = await m.findOne(SealEntity, { where: { editionId }, order: { version: 'DESC' } });
  return sha256Hex(
    canonicalJsonOf({ seal: seal?.sha256 ?? null, correctionOpenedAt: edition.correctionOpenedAt }),
  );
}
