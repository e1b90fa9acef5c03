import { csvCell, fileStamp } from './audit-export';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell({ title: ['a', 'b,c'] })).toBe('"{""title"":[""a"",""b,c""]}"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('stamps file names without separators', () => {
    expect(fileStamp('2024-06-30T10:15:00.123Z')).toBe('20240630T101500Z');
  });
});
