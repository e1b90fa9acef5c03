import { describe, expect, it } from 'vitest';
import { anOrganisation, aPartnership } from '../test/records';
import { mostAlive, partnersOf, placesOf } from './partnerPlaces';

const washington = { city: 'Washington', latitude: 38.9072, longitude: -77.0369 };
const bureau = anOrganisation({ id: 3, name: 'Bureau of Energy Resources', country: 'US', ...washington });
const department = anOrganisation({ id: 2, name: 'U.S. Department of State', country: 'US', ...washington });
const foundation = anOrganisation({ id: 4, name: 'Fundación Metrópoli', country: 'ES', city: null, latitude: null, longitude: null });

describe('the map places partners', () => {
  it('colours by the most alive status: running before on its way before paused before ended', () => {
    expect(mostAlive(['halted', 'active', 'proposed'])).toBe('active');
    expect(mostAlive(['cancelled', 'nominated', 'draft'])).toBe('nominated');
    expect(mostAlive(['completed', 'halted'])).toBe('halted');
    expect(mostAlive(['terminated'])).toBe('terminated');
  });

  it('gives each party its partnerships once, even when it holds two roles in one', () => {
    const energy = aPartnership({
      id: 1,
      status: 'halted',
      parties: [
        { organisationId: 3, role: 'counterpart' },
        { organisationId: 3, role: 'implementer' },
        { organisationId: 2, role: 'funder' },
      ],
    });
    const pilot = aPartnership({ id: 2, status: 'proposed', parties: [{ organisationId: 3, role: 'counterpart' }] });
    const partners = partnersOf([energy, pilot], [bureau, department]);
    const ofBureau = partners.find((partner) => partner.organisation.id === 3)!;
    expect(ofBureau.partnerships.map((partnership) => partnership.id)).toEqual([1, 2]);
    expect(ofBureau.status).toBe('proposed');
  });

  it('puts partners at the same coordinates on one marker, the more alive drawn last, and sets apart those without', () => {
    const energy = aPartnership({ id: 1, status: 'active', parties: [{ organisationId: 3, role: 'counterpart' }] });
    const funding = aPartnership({ id: 2, status: 'halted', parties: [{ organisationId: 2, role: 'funder' }] });
    const smart = aPartnership({ id: 3, status: 'active', parties: [{ organisationId: 4, role: 'counterpart' }] });
    const tokyo = aPartnership({ id: 4, status: 'nominated', parties: [{ organisationId: 5, role: 'counterpart' }] });
    const { places, unplaced } = placesOf(partnersOf([energy, funding, smart, tokyo], [bureau, department, foundation, anOrganisation({ id: 5 })]));
    expect(places.map((place) => [place.key, place.status])).toEqual([
      ['35.6762,139.6503', 'nominated'],
      ['38.9072,-77.0369', 'active'],
    ]);
    expect(places[1].partners.map((partner) => partner.organisation.name)).toEqual(['Bureau of Energy Resources', 'U.S. Department of State']);
    expect(unplaced.map((partner) => partner.organisation.name)).toEqual(['Fundación Metrópoli']);
  });
});
