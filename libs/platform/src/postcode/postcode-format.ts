import { isValid, toNormalised, toOutcode, validOutcode } from 'postcode';

/** `sw1a1aa`, `SW1A 1AA` and ` Sw1A  1aa ` all become `SW1A 1AA`; null when it is no UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, '');
  return isValid(compact) ? toNormalised(compact) : null;
}

/** The outward code (district) of a full postcode, or of a district on its own: `TA1 1AA` → `TA1`. */
export function postcodeDistrict(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (isValid(compact)) return toOutcode(compact);
  return validOutcode(compact) ? compact : null;
}

export function isPostcodeDistrict(input: string): boolean {
  return validOutcode(input.trim().toUpperCase());
}
