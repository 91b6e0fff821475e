/** Places the rules care about: France (with its overseas territories) and the EEA. */

/** Overseas departments, regions and collectivities, which have their own ISO codes. */
export const FRENCH_OVERSEAS: ReadonlySet<string> = new Set([
  'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC', 'TF',
]);

/** EU member states plus Iceland, Liechtenstein and Norway. */
export const EEA: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * Overseas territories count as France: a mission there is not "abroad" for the solidarity
 * leave, and a French volunteer there would be in his or her own State (the cautious reading).
 */
export function isFrance(country: string): boolean {
  return country === 'FR' || FRENCH_OVERSEAS.has(country);
}

export function isInEea(country: string): boolean {
  return EEA.has(country) || isFrance(country);
}
