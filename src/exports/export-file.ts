import type { FastifyReply } from 'fastify';
import { toCsv } from '../common/csv/csv-safe';
import { ExportFormat, ExportKind, EXPORT_MIME } from './export-kinds';
import { ExportTable } from './export-table';
import { toXlsx } from './xlsx';

/**
 * The bytes of an export with its type and file name. A CSV holds the first table (the main one; the
 * workbook's other sheets — progress, overrides — are summaries of it or listed in its columns).
 */
export async function exportFile(
  reply: FastifyReply,
  tables: readonly ExportTable[],
  wanted: { kind: ExportKind; format: ExportFormat },
  editionId: string,
): Promise<Buffer> {
  const body =
    wanted.format === 'xlsx' ? await toXlsx(tables) : toCsv(tables[0].rows, { columns: tables[0].columns });
  void reply
    .header('Content-Type', EXPORT_MIME[wanted.format])
    .header(
      'Content-Disposition',
      `attachment; filename="${wanted.kind}-${editionId.slice(0, 8)}.${wanted.format}"`,
    );
  return body;
}
