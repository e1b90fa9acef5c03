import { SDG_GOALS } from './sdg-goals';
import { SDG_TARGETS, SDG_TARGET_CODES, isSdgTargetCode } from './sdg-targets';

const EXPECTED_COUNTS: Record<number, number> = {
  1: 7,
  2: 8,
  3: 13,
  4: 10,
  5: 9,
  6: 8,
  7: 5,
  8: 12,
  9: 8,
  10: 10,
  11: 10,
  12: 11,
  13: 5,
  14: 10,
  15: 12,
  16: 12,
  17: 19,
};

const CODE_PATTERN = /^(\d{1,2})\.(\d{1,2}|[a-z])$/;

describe('SDG goals', () => {
  it('has the 17 goals numbered 1..17 in order', () => {
    expect(SDG_GOALS).toHaveLength(17);
    expect(SDG_GOALS.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('gives every goal a non-empty title', () => {
    for (const g of SDG_GOALS) {
      expect(g.title.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('SDG targets', () => {
  it('has 169 targets', () => {
    expect(SDG_TARGETS).toHaveLength(169);
  });

  it('has unique codes', () => {
    const codes = SDG_TARGETS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(SDG_TARGET_CODES.size).toBe(169);
  });

  it('uses well-formed codes whose prefix is an existing goal', () => {
    const goalNumbers = new Set(SDG_GOALS.map((g) => g.goal));
    for (const t of SDG_TARGETS) {
      const match = CODE_PATTERN.exec(t.code);
      expect(match).not.toBeNull();
      expect(Number(match![1])).toBe(t.goal);
      expect(goalNumbers.has(t.goal)).toBe(true);
    }
  });

  it('has the official number of targets per goal', () => {
    const counts: Record<number, number> = {};
    for (const t of SDG_TARGETS) {
      counts[t.goal] = (counts[t.goal] ?? 0) + 1;
    }
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it('gives every target a non-empty title', () => {
    for (const t of SDG_TARGETS) {
      expect(t.title.trim().length).toBeGreaterThan(0);
    }
  });

  it.each(['17.16', '17.17', '17.9', '7.3', '11.a', '13.2', '2.1'])('contains target %s', (code) => {
    expect(SDG_TARGET_CODES.has(code)).toBe(true);
    expect(SDG_TARGETS.some((t) => t.code === code)).toBe(true);
  });
});

describe('isSdgTargetCode', () => {
  it('accepts a real target code', () => {
    expect(isSdgTargetCode('17.16')).toBe(true);
  });

  it('rejects a code that does not exist', () => {
    expect(isSdgTargetCode('17.20')).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isSdgTargetCode(42)).toBe(false);
  });
});
