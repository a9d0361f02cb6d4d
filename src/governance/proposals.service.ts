import { Permission, requireAccess } from '../access/permissions';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { Clock } from '../common/clock/clock';
import { notFound } from '../common/errors/common.errors';
import { DomainException } from '../common/errors/domain-exception';
import { visibleText } from '../common/validation/visible-text';
import { TransactionRunner } from '../database/transaction-runner';
import { Role, UserEntity, UserStatus } from '../database/schema/user.entity';
import { RejectProposalDto } from './dto/proposal.dto';
import { GovernanceErrors } from './governance.errors';
import { ProposalEntity, ProposalKind, ProposalStatus } from '../database/schema/proposal.entity';

/**
 * How the module that owns an action carries it out once confirmed. Registered by that module at start, so that
 * governance depends on none of them.
 */
export interface ProposalExecutor {
  /** SHA-256 of what the action is decided on, read in the caller's transaction. */
  basis(m: EntityManager, payload: Record<string, unknown>): Promise<string>;
  /** Carries the action out in the confirming transaction, as `actor` (the confirming organiser). */
  perform(
    m: EntityManager,
    actor: AuthUser,
    payload: Record<string, unknown>,
    proposal: ProposalEntity,
  ): Promise<unknown>;
  /** After the commit (e.g. forget cached public answers). */
  afterCommit?(payload: Record<string, unknown>): void;
}

export interface ProposalView {
  id: string;
  editionId: string;
  kind: ProposalKind;
  summary: { es: string; en: string };
  reason: string;
  status: ProposalStatus;
  proposedBy: { id: string; name: string };
  proposedAt: Date;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date | null;
  decisionReason: string | null;
}

/** What a refused-until-confirmed action answers: 202 with the proposal. */
export interface Proposed {
  proposal: ProposalView;
  /** False when the edition has a single active organiser: nobody could confirm (docs/governance.md). */
  confirmable: boolean;
}

/**
 * Four eyes (docs/governance.md): on an edition that asks for it, an override or the seal is first a proposal;
 * a different organiser confirms it (it is then carried out, as of that moment) or rejects it. A proposal
 * whose basis changed expires when someone tries to confirm it. Every step is audited.
 */
@Injectable()
export class ProposalsService {
  private readonly executors = new Map<ProposalKind, ProposalExecutor>();

  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  register(kind: ProposalKind, executor: ProposalExecutor): void {
    this.executors.set(kind, executor);
  }

  /** Records a proposal in the caller's transaction (the action's own checks have passed). */
  async propose(
    m: EntityManager,
    actor: AuthUser,
    input: {
      editionId: string;
      kind: ProposalKind;
      payload: Record<string, unknown>;
      summary: { es: string; en: string };
      reason: string;
    },
  ): Promise<Proposed> {
    const proposal = m.create(ProposalEntity, {
      id: randomUUID(),
      ...input,
      basis: await this.executor(input.kind).basis(m, input.payload),
      status: ProposalStatus.PENDING,
      proposedById: actor.id,
      proposedAt: this.clock.now(),
      decidedById: null,
      decidedAt: null,
      decisionReason: null,
    });
    await m.save(ProposalEntity, proposal);
    await this.audit.append(m, actor, 'proposal.create', { type: 'proposal', id: proposal.id }, null, {
      editionId: proposal.editionId,
      kind: proposal.kind,
      summary: proposal.summary,
      reason: proposal.reason,
      basis: proposal.basis,
    });
    const [view] = await this.present(m, [proposal]);
    return { proposal: view, confirmable: (await activeOrganisers(m)) > 1 };
  }

  async list(actor: AuthUser, editionId: string, status?: ProposalStatus): Promise<ProposalView[]> {
    requireAccess(actor, Permission.RESULTS_PREVIEW);
    return this.db.read(async (m) => {
      const rows = await m.find(ProposalEntity, {
        where: { editionId, ...(status ? { status } : {}) },
        order: { proposedAt: 'DESC', id: 'ASC' },
      });
      return this.present(m, rows);
    });
  }

  /** Pending proposals of every edition (the dashboard). */
  async pending(actor: AuthUser): Promise<ProposalView[]> {
    requireAccess(actor, Permission.RESULTS_PREVIEW);
    return this.db.read(async (m) =>
      this.present(
        m,
        await m.find(ProposalEntity, {
          where: { status: ProposalStatus.PENDING },
          order: { proposedAt: 'ASC' },
        }),
      ),
    );
  }

  /** Whether more than one organiser account is active (four eyes can be satisfied). */
  async confirmable(): Promise<boolean> {
    return this.db.read(async (m) => (await activeOrganisers(m)) > 1);
  }

  /**
   * Confirms and carries out a proposal, as `actor`, in one transaction. 403 for its own proposer, 409 when it
   * is no longer pending, and 409 `PROPOSAL_STALE` when its basis changed (it is then recorded as expired).
   */
  async confirm(actor: AuthUser, id: string): Promise<ProposalView & { result: unknown }> {
    let executor: ProposalExecutor | undefined;
    const outcome = await this.db.transaction(async (m) => {
      const proposal = await this.pendingProposal(m, id);
      if (proposal.proposedById === actor.id) throw new DomainException(GovernanceErrors.OWN_PROPOSAL);
      executor = this.executor(proposal.kind);
      const now = this.clock.now();
      if ((await executor.basis(m, proposal.payload)) !== proposal.basis) {
        await this.decide(m, actor, proposal, ProposalStatus.EXPIRED, null, now);
        return { stale: true as const };
      }
      const result = await executor.perform(m, actor, proposal.payload, proposal);
      await this.decide(m, actor, proposal, ProposalStatus.CONFIRMED, null, now);
      const [view] = await this.present(m, [proposal]);
      return { stale: false as const, view: { ...view, result }, payload: proposal.payload };
    });
    if (outcome.stale) throw new DomainException(GovernanceErrors.PROPOSAL_STALE);
    executor?.afterCommit?.(outcome.payload);
    return outcome.view;
  }

  /** Rejects a pending proposal with a reason; its proposer may withdraw it this way too. */
  async reject(actor: AuthUser, id: string, dto: RejectProposalDto): Promise<ProposalView> {
    requireAccess(actor, Permission.OVERRIDE_MANAGE);
    return this.db.transaction(async (m) => {
      const proposal = await this.pendingProposal(m, id);
      await this.decide(
        m,
        actor,
        proposal,
        ProposalStatus.REJECTED,
        visibleText(dto.reason),
        this.clock.now(),
      );
      const [view] = await this.present(m, [proposal]);
      return view;
    });
  }

  private executor(kind: ProposalKind): ProposalExecutor {
    const executor = this.executors.get(kind);
    if (!executor) throw new Error(`no executor registered for ${kind} proposals`);
    return executor;
  }

  private async pendingProposal(m: EntityManager, id: string): Promise<ProposalEntity> {
    const proposal = await m.findOneBy(ProposalEntity, { id });
    if (!proposal) throw notFound();
    if (proposal.status !== ProposalStatus.PENDING) {
      throw new DomainException(GovernanceErrors.PROPOSAL_DECIDED, { status: proposal.status });
    }
    return proposal;
  }

  private async decide(
    m: EntityManager,
    actor: AuthUser,
    proposal: ProposalEntity,
    status: ProposalStatus,
    reason: string | null,
    now: Date,
  ): Promise<void> {
    const decision = { status, decidedById: actor.id, decidedAt: now, decisionReason: reason };
    await m.update(ProposalEntity, { id: proposal.id }, decision);
    Object.assign(proposal, decision);
    const action = {
      [ProposalStatus.CONFIRMED]: 'proposal.confirm',
      [ProposalStatus.REJECTED]: 'proposal.reject',
      [ProposalStatus.EXPIRED]: 'proposal.expire',
      [ProposalStatus.PENDING]: 'proposal.create',
    }[status];
    await this.audit.append(
      m,
      actor,
      action,
      { type: 'proposal', id: proposal.id },
      { status: ProposalStatus.PENDING },
      { status, decisionReason: reason, kind: proposal.kind, proposedById: proposal.proposedById },
    );
  }

  private async present(m: EntityManager, rows: ProposalEntity[]): Promise<ProposalView[]> {
    const ids = [...new Set(rows.flatMap((r) => [r.proposedById, r.decidedById ?? r.proposedById]))];
    const users = new Map(
      (ids.length
        ? await m.find(UserEntity, { where: { id: In(ids) }, select: { id: true, name: true } })
        : []
      ).map((u) => [u.id, u]),
    );
    const person = (id: string) => ({ id, name: users.get(id)?.name ?? '' });
    return rows.map((r) => ({
      id: r.id,
      editionId: r.editionId,
      kind: r.kind,
      summary: r.summary,
      reason: r.reason,
      status: r.status,
      proposedBy: person(r.proposedById),
      proposedAt: r.proposedAt,
      decidedBy: r.decidedById ? person(r.decidedById) : null,
      decidedAt: r.decidedAt,
      decisionReason: r.decisionReason,
    }));
  }
}

function activeOrganisers(m: EntityManager): Promise<number> {
  return m.count(UserEntity, { where: { role: Role.ORGANISER, status: UserStatus.ACTIVE } });
}
