import { describe, expect, it } from 'vitest';
import { partnerIdsOf } from './CounterpartsField';

describe('partnerIdsOf', () => {
  it('names the counterparts, not the nominator or funder', () => {
    expect(
      partnerIdsOf({
        parties: [
          { organisationId: 5, role: 'nominator' },
          { organisationId: 9, role: 'counterpart' },
          { organisationId: 3, role: 'funder' },
        ],
      }),
    ).toEqual([9]);
  });

  it('falls back to every party when none is a counterpart', () => {
    expect(
      partnerIdsOf({
        parties: [
          { organisationId: 4, role: 'host' },
          { organisationId: 2, role: 'implementer' },
        ],
      }),
    ).toEqual([4, 2]);
  });

  it('is empty for a partnership without parties', () => {
    expect(partnerIdsOf({ parties: [] })).toEqual([]);
    expect(partnerIdsOf(undefined)).toEqual([]);
  });
});
