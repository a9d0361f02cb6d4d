import { csvSafeCell, toCsv } from './csv-safe';

describe('csvSafeCell (OWASP CSV injection rule)', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")', '-', '-1e3', '--1'])(
    'prefixes %j with a single quote',
    (cell) => expect(csvSafeCell(cell)).toBe(`'${cell}`),
  );

  it.each(['texto', '', ' =1', '1=1', "'=1", 'a@b.org', '12', '-12', '-0.500000', '3.25'])(
    'leaves %j as it is',
    (cell) => expect(csvSafeCell(cell)).toBe(cell),
  );

  it('leaves numbers, booleans and empty cells alone', () => {
    expect(csvSafeCell(-3.5)).toBe(-3.5);
    expect(csvSafeCell(true)).toBe(true);
    expect(csvSafeCell(null)).toBeNull();
    expect(csvSafeCell(undefined)).toBeUndefined();
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header, CRLF lines and neutralised, quoted cells', () => {
    const bytes = toCsv(
      [
        ['=cmd|" /C calc"!A0', -1.25, 'a,b'],
        ['@x', '-0.5', null],
      ],
      { columns: ['uno', '+dos', 'tres'] },
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      `uno,'+dos,tres\r\n"'=cmd|"" /C calc""!A0",-1.25,"a,b"\r\n'@x,-0.5,\r\n`,
    );
  });

  it('can leave the BOM out', () => {
    expect(toCsv([['a']], { columns: ['c'], bom: false }).toString('utf8')).toBe('c\r\na\r\n');
  });
});
