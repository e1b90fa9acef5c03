/**
 * ISO 3166-1 alpha-2 codes, the form the API stores. Names come from the browser's
 * Intl.DisplayNames in the user's language, so no country-name table has to be maintained here.
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
  'HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA ' +
  'RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export interface CountryChoice {
  id: string;
  name: string;
}

const cache = new Map<string, CountryChoice[]>();

/** "China (CN)": the name to read, the code to type; sorted by name in the user's language. */
export function countryChoices(locale: string): CountryChoice[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  const choices = COUNTRY_CODES.map((code) => ({ id: code, name: `${names.of(code) ?? code} (${code})` })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
  cache.set(locale, choices);
  return choices;
}

export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  return countryChoices(locale).find((choice) => choice.id === code)?.name ?? code;
}
