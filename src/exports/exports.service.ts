import { findIn, mapIn } from '../database/find-in';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AuthUser } from '../access/auth-user';
import { stateName } from '../catalog/states';
import { notFound } from '../common/errors/common.errors';
import { TransactionRunner } from '../database/transaction-runner';
import { observerJudgePseudonyms } from '../database/judge-pseudonyms';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { AssignmentEntity, AssignmentStatus } from '../database/schema/assignment.entity';
import { PanelMemberEntity } from '../database/schema/panel-member.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../database/schema/score-sheet.entity';
import { seesContactData, seesJudgesPseudonymised } from '../judging/judging.policy';
import { NominationEntity } from '../database/schema/nomination.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import { TrackFieldEntity } from '../database/schema/track-field.entity';
import { valueText } from '../domain/intake/custom-fields';
import { fieldsByTrack } from '../database/track-fields';
import { AWARD_LABEL_ES } from '../results/awards-labels';
import { ResultsService } from '../results/results.service';
import { UserEntity } from '../database/schema/user.entity';
import { ExportKind } from './export-kinds';
import { ExportCell, ExportTable, localStamp } from './export-table';

/** What every table needs: the edition, its tracks, its nominations and how the viewer names people. */
interface EditionData {
  edition: EditionEntity;
  tracks: Map<string, TrackEntity>;
  nominations: Map<string, NominationEntity>;
  institutions: Map<string, string>;
  /** How the viewer sees each judge: its name, or its pseudonym in the track (J1, J2…) for observers. */
  judgeLabel(trackId: string, judgeId: string): string;
  judgeEmail(judgeId: string): string | null;
  /** The custom fields of each track, in order. */
  fields: Map<string, TrackFieldEntity[]>;
  /** The file answering each FILE field, by nomination id and field key. */
  fieldFiles: Map<string, Map<string, Pick<AttachmentEntity, 'name' | 'sha256'>>>;
}

type Award = keyof typeof AWARD_LABEL_ES;

/**
 * The tables of the exports for the jury's minutes (docs/api.md, "Exports"): nominations, assignments and
 * progress, score sheets per criterion, results with the overrides. Observers get judges pseudonymised per
 * track (J1…, as on every other view) and no contact data.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly results: ResultsService,
  ) {}

  async tables(actor: AuthUser, editionId: string, kind: ExportKind): Promise<ExportTable[]> {
    switch (kind) {
      case 'nominations':
        return this.db.read(async (m) => [nominationsTable(actor, await this.load(m, actor, editionId))]);
      case 'assignments':
        return this.db.read(async (m) => assignmentTables(m, await this.load(m, actor, editionId)));
      case 'score-sheets':
        return this.db.read(async (m) => [await scoreSheetsTable(m, await this.load(m, actor, editionId))]);
      case 'results':
        return this.resultTables(actor, editionId);
    }
  }

  private async load(m: EntityManager, actor: AuthUser, editionId: string): Promise<EditionData> {
    const edition = await m.findOneBy(EditionEntity, { id: editionId });
    if (!edition) throw notFound();
    const tracks = await m.find(TrackEntity, { where: { editionId }, order: { code: 'ASC' } });
    const nominations = await m.find(NominationEntity, { where: { editionId }, order: { key: 'ASC' } });
    const institutionIds = [
      ...new Set(nominations.flatMap((n) => [n.nominatingInstitutionId, n.nomineeInstitutionId])),
    ];
    const institutions = institutionIds.length
      ? await m.find(InstitutionEntity, {
          where: { id: In(institutionIds) },
          select: { id: true, name: true },
        })
      : [];
    const trackIds = tracks.map((t) => t.id);
    // The minutes cover the round being judged; closed rounds are in the sealed document (docs/judging.md).
    const roundOf = new Map(tracks.map((t) => [t.id, t.round]));
    const judgeIdsByTrack = new Map<string, string[]>(trackIds.map((id) => [id, []]));
    if (trackIds.length) {
      const members = await m.findBy(PanelMemberEntity, { trackId: In(trackIds) });
      const assigned = await m.find(AssignmentEntity, {
        where: { trackId: In(trackIds) },
        select: { trackId: true, judgeId: true, round: true },
      });
      for (const row of [...members, ...assigned].filter((r) => r.round === roundOf.get(r.trackId)))
        judgeIdsByTrack.get(row.trackId)!.push(row.judgeId);
    }
    const pseudonyms = seesJudgesPseudonymised(actor)
      ? await observerJudgePseudonyms(m)
      : new Map<string, string>();
    const judgeIds = [...new Set([...judgeIdsByTrack.values()].flat())];
    const judges = new Map(
      (judgeIds.length && !seesJudgesPseudonymised(actor)
        ? await m.find(UserEntity, {
            where: { id: In(judgeIds) },
            select: { id: true, name: true, email: true },
          })
        : []
      ).map((u) => [u.id, u]),
    );
    const fields = await fieldsByTrack(m, trackIds);
    const fieldFiles = new Map<string, Map<string, Pick<AttachmentEntity, 'name' | 'sha256'>>>();
    if ([...fields.values()].some((list) => list.some((f) => f.type === 'FILE'))) {
      const files = await findIn(
        m,
        AttachmentEntity,
        'nominationId',
        nominations.map((n) => n.id),
        {
          fieldKey: Not(IsNull()),
        },
      );
      for (const a of files) {
        if (!a.fieldKey) continue;
        if (!fieldFiles.has(a.nominationId)) fieldFiles.set(a.nominationId, new Map());
        fieldFiles.get(a.nominationId)!.set(a.fieldKey, { name: a.name, sha256: a.sha256 });
      }
    }
    return {
      edition,
      fields,
      fieldFiles,
      tracks: new Map(tracks.map((t) => [t.id, t])),
      nominations: new Map(nominations.map((n) => [n.id, n])),
      institutions: new Map(institutions.map((i) => [i.id, i.name])),
      judgeLabel: (trackId, judgeId) =>
        seesJudgesPseudonymised(actor) ? (pseudonyms.get(judgeId) ?? '?') : (judges.get(judgeId)?.name ?? ''),
      judgeEmail: (judgeId) => (seesContactData(actor) ? (judges.get(judgeId)?.email ?? null) : null),
    };
  }

  private async resultTables(actor: AuthUser, editionId: string): Promise<ExportTable[]> {
    const data = await this.db.read((m) => this.load(m, actor, editionId));
    const previews = await this.results.previewEdition(actor, editionId);
    const tracks = [...data.tracks.values()];
    const rows: ExportCell[][] = [];
    const overrides: ExportCell[][] = [];
    previews.forEach((preview, i) => {
      const track = tracks[i];
      const inForce = new Map(
        preview.overrides.filter((o) => o.applied).map((o) => [o.nomination.id, o] as const),
      );
      for (const category of preview.categories) {
        for (const row of category.rows) {
          const n = data.nominations.get(row.nomination.id);
          const override = inForce.get(row.nomination.id);
          rows.push([
            track.code,
            track.name,
            categoryName(track, category.categoryKey),
            row.nomination.key,
            row.nomination.title,
            n ? (data.institutions.get(n.nomineeInstitutionId) ?? '') : '',
            n?.stateCode ?? null,
            n?.stateCode ? (stateName(n.stateCode) ?? '') : null,
            row.sheetCount,
            row.aggregate,
            row.rank,
            awardCode(row.computedAward),
            awardCode(row.finalAward),
            awardText(row.finalAward),
            override ? override.kind : null,
            override ? override.justification : null,
          ]);
        }
      }
      for (const o of preview.overrides) {
        overrides.push([
          track.code,
          o.seq,
          o.nomination.key,
          o.nomination.title,
          o.kind,
          o.award ?? null,
          o.justification,
          o.applied ? 'SI' : 'NO',
          localStamp(o.createdAt, data.edition.timezone),
        ]);
      }
    });
    return [
      {
        sheet: 'Resultados',
        columns: [
          'categoria_reconocimiento',
          'nombre_categoria_reconocimiento',
          'subcategoria',
          'clave_postulacion',
          'titulo',
          'institucion_postulada',
          'entidad_clave',
          'entidad',
          'evaluaciones',
          'puntuacion_agregada',
          'posicion',
          'premio_calculado',
          'premio_final',
          'premio_final_texto',
          'ajuste_en_vigor',
          'ajuste_justificacion',
        ],
        rows,
      },
      {
        sheet: 'Ajustes',
        columns: [
          'categoria_reconocimiento',
          'numero',
          'clave_postulacion',
          'titulo',
          'tipo',
          'premio',
          'justificacion',
          'en_vigor',
          'registrado',
        ],
        rows: overrides,
      },
    ];
  }
}

function categoryName(track: TrackEntity, key: string | null): string | null {
  if (key === null) return null;
  return track.categories.find((c) => c.key === key)?.name ?? key;
}

function awardCode(outcome: { award: string | null; pending: boolean }): string | null {
  return outcome.pending ? 'PENDIENTE' : outcome.award;
}

function awardText(outcome: { award: string | null; pending: boolean }): string | null {
  if (outcome.pending) return 'Pendiente (empate sin resolver)';
  return outcome.award ? AWARD_LABEL_ES[outcome.award as Award] : null;
}

/**
 * One column per custom field key (`campo_<key>`), in the tracks' order and then the fields' order; tracks that
 * use the same key share its column. Values as the Spanish pages show them (choices by label); files by name and
 * SHA-256.
 */
function customColumns(data: EditionData): string[] {
  const keys: string[] = [];
  for (const track of data.tracks.values())
    for (const f of data.fields.get(track.id) ?? []) if (!keys.includes(f.key)) keys.push(f.key);
  return keys;
}

function customCells(data: EditionData, n: NominationEntity, keys: readonly string[]): ExportCell[] {
  const defs = new Map((data.fields.get(n.trackId) ?? []).map((f) => [f.key, f]));
  const values = n.customFields ?? {};
  return keys.map((key) => {
    const def = defs.get(key);
    if (!def) return null;
    if (def.type === 'FILE') {
      const file = data.fieldFiles.get(n.id)?.get(key);
      return file ? `${file.name} (sha256 ${file.sha256})` : null;
    }
    const value = values[key];
    if (value === undefined) return null;
    return def.type === 'NUMBER' && typeof value === 'number' ? value : valueText(def, value, 'es');
  });
}

function nominationsTable(actor: AuthUser, data: EditionData): ExportTable {
  const contact = seesContactData(actor);
  const tz = data.edition.timezone;
  const custom = customColumns(data);
  return {
    sheet: 'Postulaciones',
    columns: [
      'clave_postulacion',
      'categoria_reconocimiento',
      'nombre_categoria_reconocimiento',
      'subcategoria',
      'entidad_clave',
      'entidad',
      'titulo',
      'institucion_postulante',
      'institucion_postulada',
      'estado',
      'canal',
      'enviada',
      'prorroga_hasta',
      'motivo_elegibilidad',
      ...(contact ? ['contacto_nombre', 'contacto_correo', 'contacto_telefono'] : []),
      'recibo_sha256',
      ...custom.map((key) => `campo_${key}`),
    ],
    rows: [...data.nominations.values()]
      .sort((a, b) => trackOrder(data, a.trackId, b.trackId) || compare(a.key, b.key))
      .map((n) => {
        const track = data.tracks.get(n.trackId)!;
        return [
          n.key,
          track.code,
          track.name,
          categoryName(track, n.categoryKey),
          n.stateCode,
          n.stateCode ? (stateName(n.stateCode) ?? '') : null,
          n.title,
          data.institutions.get(n.nominatingInstitutionId) ?? '',
          data.institutions.get(n.nomineeInstitutionId) ?? '',
          n.status,
          n.channel,
          localStamp(n.submittedAt, tz),
          localStamp(n.extendedUntil, tz),
          n.eligibilityReason,
          ...(contact ? [n.contactName, n.contactEmail, n.contactPhone] : []),
          n.receiptHash,
          ...customCells(data, n, custom),
        ];
      }),
  };
}

async function assignmentRows(m: EntityManager, data: EditionData) {
  const trackIds = [...data.tracks.keys()];
  const assignments = (
    trackIds.length ? await m.findBy(AssignmentEntity, { trackId: In(trackIds) }) : []
  ).filter((a) => a.round === data.tracks.get(a.trackId)!.round);
  const sheets = await mapIn(
    m,
    ScoreSheetEntity,
    'assignmentId',
    assignments.map((a) => a.id),
  );
  const rows = assignments
    .map((a) => ({
      a,
      nomination: data.nominations.get(a.nominationId)!,
      judge: data.judgeLabel(a.trackId, a.judgeId),
      sheet: sheets.get(a.id) ?? null,
    }))
    .sort(
      (x, y) =>
        trackOrder(data, x.a.trackId, y.a.trackId) ||
        compare(x.nomination.key, y.nomination.key) ||
        compare(x.judge, y.judge),
    );
  return rows;
}

async function assignmentTables(m: EntityManager, data: EditionData): Promise<ExportTable[]> {
  const rows = await assignmentRows(m, data);
  const tz = data.edition.timezone;
  const progress = new Map<string, { track: TrackEntity; judge: string; counts: number[] }>();
  for (const { a, judge, sheet } of rows) {
    const track = data.tracks.get(a.trackId)!;
    const key = `${track.code}\u0000${judge}`;
    const entry = progress.get(key) ?? { track, judge, counts: [0, 0, 0, 0, 0] };
    if (a.status === AssignmentStatus.RECUSED) entry.counts[4]++;
    else {
      entry.counts[0]++;
      if (sheet?.status === ScoreSheetStatus.SUBMITTED) entry.counts[1]++;
      else if (sheet?.status === ScoreSheetStatus.DRAFT) entry.counts[2]++;
      else entry.counts[3]++;
    }
    progress.set(key, entry);
  }
  return [
    {
      sheet: 'Asignaciones',
      columns: [
        'categoria_reconocimiento',
        'clave_postulacion',
        'titulo',
        'jurado',
        'origen',
        'estado_asignacion',
        'motivo_excusa',
        'estado_evaluacion',
        'asignada',
        'evaluacion_enviada',
      ],
      rows: rows.map(({ a, nomination, judge, sheet }) => [
        data.tracks.get(a.trackId)!.code,
        nomination.key,
        nomination.title,
        judge,
        a.source,
        a.status,
        a.recusalReason,
        sheet?.status ?? 'SIN_INICIAR',
        localStamp(a.createdAt, tz),
        localStamp(sheet?.submittedAt ?? null, tz),
      ]),
    },
    {
      sheet: 'Avance',
      columns: [
        'categoria_reconocimiento',
        'jurado',
        'asignadas',
        'enviadas',
        'en_borrador',
        'sin_iniciar',
        'excusadas',
      ],
      rows: [...progress.values()]
        .sort((x, y) => compare(x.track.code, y.track.code) || compare(x.judge, y.judge))
        .map((p) => [p.track.code, p.judge, ...p.counts]),
    },
  ];
}

async function scoreSheetsTable(m: EntityManager, data: EditionData): Promise<ExportTable> {
  const rows: ExportCell[][] = [];
  for (const { a, nomination, judge, sheet } of await assignmentRows(m, data)) {
    if (!sheet) continue;
    const track = data.tracks.get(a.trackId)!;
    for (const criterion of track.rubric) {
      rows.push([
        track.code,
        nomination.key,
        nomination.title,
        judge,
        sheet.status,
        criterion.key,
        criterion.name,
        criterion.weight,
        criterion.min,
        criterion.max,
        sheet.scores[criterion.key] ?? null,
        localStamp(sheet.submittedAt, data.edition.timezone),
      ]);
    }
  }
  return {
    sheet: 'Evaluaciones',
    columns: [
      'categoria_reconocimiento',
      'clave_postulacion',
      'titulo',
      'jurado',
      'estado_evaluacion',
      'criterio_clave',
      'criterio',
      'peso',
      'minimo',
      'maximo',
      'puntuacion',
      'enviada',
    ],
    rows,
  };
}

function trackOrder(data: EditionData, a: string, b: string): number {
  return compare(data.tracks.get(a)!.code, data.tracks.get(b)!.code);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
