import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet program read a cell as a formula (OWASP's CSV injection rule). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number: a spreadsheet reads it as a number, never as a formula, so it stays as written. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type CsvCell = string | number | boolean | null | undefined;

/**
 * One cell made safe for spreadsheet programs: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading single quote, so it is shown as text and never evaluated. Numbers (and text that is
 * exactly a decimal number, such as a negative aggregate) are left alone: they cannot carry a formula, and a
 * reader recomputing the results must get the figure back unchanged.
 */
export function csvSafeCell(value: CsvCell): string | number | boolean | null | undefined {
  if (typeof value !== 'string') return value;
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

export interface CsvOptions {
  /** Column names, written as the first line (also neutralised). */
  columns: readonly string[];
  /** UTF-8 byte-order mark first, so spreadsheet programs read the accents (default true). */
  bom?: boolean;
  /** Quote every text cell (numbers stay bare), so codes such as "09" read as text (default false). */
  quoteText?: boolean;
}

/**
 * The only way the system writes CSV: RFC 4180 quoting (csv-stringify), CRLF line ends, every cell through
 * csvSafeCell. Returns the bytes to send or store.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): Buffer {
  const text = stringify(
    rows.map((row) => row.map(csvSafeCell)),
    {
      header: true,
      columns: options.columns.map((c) => String(csvSafeCell(c))),
      record_delimiter: '\r\n',
      quoted_string: options.quoteText ?? false,
    },
  );
  const body = Buffer.from(text, 'utf8');
  return options.bom === false ? body : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
}
