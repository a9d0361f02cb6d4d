import ExcelJS from 'exceljs';
import { ExportTable } from './export-table';

/**
 * A workbook with one sheet per table: a bold, frozen header row, and every text cell stored as a string with
 * the text number format, so codes such as state "09" or a key "007" keep their leading zeros when the file is
 * opened or edited. Numbers stay numbers.
 */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Reconocimientos';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow([...table.columns]);
    header.font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow([...row]);
      added.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.numFmt = '@';
      });
    }
    table.columns.forEach((name, i) => {
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, name.length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
