/** French legal identifiers of organizations. */

/** Luhn checksum over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** SIREN: 9 digits whose Luhn checksum holds. Spaces are tolerated on input. */
export function normalizeSiren(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  return /^\d{9}$/.test(compact) && passesLuhn(compact) ? compact : null;
}

/** RNA (répertoire national des associations): "W" followed by 9 digits. */
export function normalizeRna(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^W\d{9}$/.test(compact) ? compact : null;
}
