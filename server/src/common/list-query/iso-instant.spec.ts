import { parseIsoInstant } from './iso-instant';

describe('parseIsoInstant', () => {
  it('turns dates and times in any offset into the stored UTC form', () => {
    expect(parseIsoInstant('2023-06-30T00:00:00Z', 'end')).toBe('2023-06-30T00:00:00.000Z');
    expect(parseIsoInstant('2023-06-30T08:00:00+08:00', 'end')).toBe('2023-06-30T00:00:00.000Z');
    expect(parseIsoInstant('2023-06-30T10:15', 'start')).toBe('2023-06-30T10:15:00.000Z');
    expect(parseIsoInstant('2023-06-30T10:15:00.5Z', 'start')).toBe('2023-06-30T10:15:00.500Z');
    expect(parseIsoInstant('2023-06-30', 'start')).toBe('2023-06-30T00:00:00.000Z');
    expect(parseIsoInstant('2023-06-30', 'end')).toBe('2023-06-30T23:59:59.999Z');
  });

  it.each([
    '',
    'yesterday',
    '2023-02-30',
    '2023-02-30T10:00:00+08:00',
    '2023-06-30T24:00:00Z',
    '2023-06-30T10:60Z',
    '2023-06-30T10:00+15:00',
    '30/06/2023',
    '2023-06-30 10:00',
  ])('refuses %p', (text) => expect(parseIsoInstant(text, 'end')).toBeNull());
});
