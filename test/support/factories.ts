import { randomUUID } from 'node:crypto';
import { EditionEntity } from '../../src/database/schema/edition.entity';
import { Aggregation, Criterion, TrackCode, TrackEntity } from '../../src/database/schema/track.entity';
import {
  InstitutionEntity,
  InstitutionKind,
  institutionNaturalKey,
} from '../../src/database/schema/institution.entity';
import { JudgeAffiliationEntity } from '../../src/database/schema/judge-affiliation.entity';
import { NominationChannel, NominationEntity } from '../../src/database/schema/nomination.entity';
import { Role, UserEntity, UserStatus } from '../../src/database/schema/user.entity';
import { UsersService } from '../../src/users/users.service';
import type { INestApplicationContext } from '@nestjs/common';
import type { ManualClock } from '../../src/common/clock/clock';
import type { TransactionRunner } from '../../src/database/transaction-runner';

/**
 * Small row factories for the e2e suites: they insert straight through `t.db.transaction` (no HTTP, no audit),
 * with dates relative to `t.clock.now()`, and return the stored entity. Every field can be overridden.
 */

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
/** The password of every user the factories create. */
export const FACTORY_PASSWORD = 'Fabrica-de-Pruebas-2018';

/**
 * What the factories need of a running application: the e2e TestApp and the medium suites' context both are one.
 * `login` signs in over HTTP; a context without HTTP has none.
 */
export interface FactoryHost {
  readonly app: Pick<INestApplicationContext, 'get'>;
  readonly db: TransactionRunner;
  readonly clock: ManualClock;
  login?(email: string, password: string): Promise<string>;
}

let counter = 0;
const next = () => ++counter;

/** Which phase the clock's "now" falls in; the edition's dates are laid out around it (whole seconds). */
export type FactoryPhase = 'SETUP' | 'NOMINATIONS' | 'REVIEW' | 'JUDGING' | 'DELIBERATION';

const PHASE_START: Record<FactoryPhase, number> = {
  SETUP: 1 * DAY,
  NOMINATIONS: -1 * DAY,
  REVIEW: -12 * DAY,
  JUDGING: -15 * DAY,
  DELIBERATION: -30 * DAY,
};

export async function newEdition(
  t: FactoryHost,
  overrides: Partial<EditionEntity> & { phase?: FactoryPhase } = {},
): Promise<EditionEntity> {
  const { phase = 'JUDGING', ...fields } = overrides;
  const now = Math.floor(t.clock.now().getTime() / 1000) * 1000;
  // Nominations open at `open`, close 10 days later; judging 14 → 24 days; announcement at 31 days.
  const open = now + PHASE_START[phase];
  const at = (days: number) => new Date(open + days * DAY);
  const n = next();
  const edition = {
    id: randomUUID(),
    key: `edicion-prueba-${n}`,
    name: `Edición de prueba ${n}`,
    year: 2026,
    timezone: 'America/Mexico_City',
    nominationsOpenAt: at(0),
    nominationsCloseAt: at(10),
    judgingOpenAt: at(14),
    judgingCloseAt: at(24),
    announcementAt: at(31),
    participatingStates: ['09', '14', '15', '20'],
    finalizedAt: null,
    publishedAt: null,
    createdAt: new Date(now),
    updatedAt: new Date(now),
    ...fields,
  };
  return t.db.transaction((m) => m.save(m.create(EditionEntity, edition)));
}

/** Two criteria on a 0–10 scale, weights 2 and 1. */
export const SIMPLE_RUBRIC: Criterion[] = [
  {
    key: 'impacto',
    name: 'Impacto',
    description: 'Resultados verificables',
    weight: 2,
    min: 0,
    max: 10,
    guidance: [],
  },
  {
    key: 'apertura',
    name: 'Apertura',
    description: 'Datos abiertos',
    weight: 1,
    min: 0,
    max: 10,
    guidance: [],
  },
];

export async function newTrack(
  t: FactoryHost,
  edition: Pick<EditionEntity, 'id'>,
  overrides: Partial<TrackEntity> = {},
): Promise<TrackEntity> {
  const code = overrides.code ?? TrackCode.LOCAL_OPEN_GOV;
  const track = {
    id: randomUUID(),
    editionId: edition.id,
    code,
    name: `Categoría ${code}`,
    eligibilityRule: code === TrackCode.LOCAL_OPEN_GOV ? 'PARTICIPATING_STATE' : 'FEDERAL_NOMINEE',
    categories: [],
    rubric: SIMPLE_RUBRIC,
    judgesPerNomination: 2,
    minReviews: 2,
    aggregation: Aggregation.MEAN,
    places: 3,
    honourableMentions: 0,
    threshold: 0,
    blind: false,
    frozenAt: null,
    ...overrides,
  } satisfies Partial<TrackEntity>;
  return t.db.transaction((m) => m.save(m.create(TrackEntity, track)));
}

export async function newInstitution(
  t: FactoryHost,
  overrides: Partial<InstitutionEntity> = {},
): Promise<InstitutionEntity> {
  const name = overrides.name ?? `Institución de prueba ${next()}`;
  const stateCode = overrides.stateCode === undefined ? '09' : overrides.stateCode;
  const institution = {
    id: randomUUID(),
    kind: InstitutionKind.STATE_GOVERNMENT,
    level: stateCode ? 'STATE' : 'FEDERAL',
    createdAt: t.clock.now(),
    listedAt: t.clock.now(),
    ...overrides,
    name,
    stateCode,
    naturalKey: institutionNaturalKey(name, stateCode),
  } satisfies Partial<InstitutionEntity>;
  return t.db.transaction((m) => m.save(m.create(InstitutionEntity, institution)));
}

/** A nomination of `track`, ELIGIBLE by default, nominated by `nominatingInstitutionId` (default: the nominee). */
export async function newNomination(
  t: FactoryHost,
  track: Pick<TrackEntity, 'id' | 'editionId'>,
  nominee: Pick<InstitutionEntity, 'id' | 'stateCode'>,
  overrides: Partial<NominationEntity> = {},
): Promise<NominationEntity> {
  const now = t.clock.now();
  const n = next();
  const nomination = {
    id: randomUUID(),
    key: `N-${String(n).padStart(4, '0')}`,
    editionId: track.editionId,
    trackId: track.id,
    categoryKey: null,
    nominatingInstitutionId: nominee.id,
    nomineeInstitutionId: nominee.id,
    stateCode: nominee.stateCode,
    title: `Práctica de prueba ${n}`,
    summary: 'Resumen de la práctica.',
    description: 'Descripción de la práctica y sus resultados.',
    practiceDetails: {},
    evidenceUrls: ['https://example.org/evidencia'],
    contactName: 'Persona de Contacto',
    contactEmail: `contacto${n}@example.org`,
    contactPhone: null,
    status: 'ELIGIBLE',
    eligibilityReason: null,
    channel: NominationChannel.ONLINE,
    extendedUntil: null,
    submittedAt: now,
    receiptHash: null,
    withdrawnAt: null,
    createdById: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  } satisfies Partial<NominationEntity>;
  return t.db.transaction((m) => m.save(m.create(NominationEntity, nomination)));
}

export interface FactoryUser {
  readonly user: UserEntity;
  readonly id: string;
  readonly email: string;
  /** Signs in as this user and returns the bearer token. */
  login(): Promise<string>;
}

/** A user of any role, with FACTORY_PASSWORD. */
export async function newUser(
  t: FactoryHost,
  role: Role,
  overrides: {
    email?: string;
    name?: string;
    status?: UserStatus;
    institutionId?: string | null;
    /** null: no password at all (nobody signs in as this user; saves an Argon2 hash, ~0.1–0.3 s). */
    password?: string | null;
  } = {},
): Promise<FactoryUser> {
  const n = next();
  const users = t.app.get(UsersService);
  const user = await t.db.transaction((m) =>
    users.insert(m, {
      email: overrides.email ?? `${role.toLowerCase()}${n}@example.org`,
      name: overrides.name ?? `${role} ${n}`,
      role,
      status: overrides.status,
      password: overrides.password === null ? undefined : (overrides.password ?? FACTORY_PASSWORD),
      institutionId: overrides.institutionId ?? null,
    }),
  );
  return {
    user,
    id: user.id,
    email: user.email,
    login: () =>
      t.login ? t.login(user.email, FACTORY_PASSWORD) : Promise.reject(new Error('no HTTP here')),
  };
}

/** A judge with its affiliations (institution, state or both each; every one counts for conflicts). */
export async function newJudge(
  t: FactoryHost,
  affiliations: { institutionId?: string | null; stateCode?: string | null }[] = [],
  overrides: { email?: string; name?: string; password?: string | null } = {},
): Promise<FactoryUser> {
  const judge = await newUser(t, Role.JUDGE, overrides);
  await t.db.transaction(async (m) => {
    for (const a of affiliations) {
      await m.insert(JudgeAffiliationEntity, {
        id: randomUUID(),
        userId: judge.id,
        institutionId: a.institutionId ?? null,
        stateCode: a.stateCode ?? null,
        createdAt: t.clock.now(),
      });
    }
  });
  return judge;
}
