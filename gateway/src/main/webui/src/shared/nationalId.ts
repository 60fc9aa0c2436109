/**
 * The participants service's identity-number rules (NationalIdRules.java), so that a caseworker sees
 * a mistake while typing. The service checks again; the browser tests compare both on the same input.
 */

export type Country = 'NO' | 'SE' | 'DK';

export type NationalIdCheck =
  | { valid: true; warning?: 'synthetic' | 'dk-modulus' }
  | { valid: false; code: 'missing' | 'wrong-length' | 'not-digits' | 'invalid-date' | 'checksum' | 'wrong-format'; expected?: number; actual?: number };

const NO_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const NO_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const DK_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

export function checkNationalId(country: Country, input: string, today: Date = new Date()): NationalIdCheck {
  if (!input || !input.trim()) return { valid: false, code: 'missing' };
  const number = input.trim().replace(/ /g, '');
  switch (country) {
    case 'NO':
      return norwegian(number);
    case 'SE':
      return swedish(number, today);
    case 'DK':
      return danish(number);
  }
}

function norwegian(number: string): NationalIdCheck {
  const digits = requireDigits(number, 11);
  if (digits) return digits;
  let day = two(number, 0);
  let month = two(number, 2);
  const year = two(number, 4);
  let kind: 'F' | 'D' | 'H' | 'S' = 'F';
  if (month > 80) {
    kind = 'S';
    month -= 80;
  } else if (month > 40) {
    kind = 'H';
    month -= 40;
  }
  if (day > 40) {
    if (kind === 'H') return { valid: false, code: 'invalid-date' };
    if (kind !== 'S') kind = 'D';
    day -= 40;
  }
  if (!dayOfMonthPossible(day, month, year % 4 === 0)) return { valid: false, code: 'invalid-date' };
  if (weightedSum(number, NO_WEIGHTS_1) % 11 > 3) return { valid: false, code: 'checksum' };
  if (weightedSum(number, NO_WEIGHTS_2) % 11 !== 0) return { valid: false, code: 'checksum' };
  return kind === 'S' ? { valid: true, warning: 'synthetic' } : { valid: true };
}

function swedish(number: string, today: Date): NationalIdCheck {
  const parts = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(number);
  if (!parts) {
    if (!/^\d*$/.test(number.replace(/[-+]/g, ''))) return { valid: false, code: 'not-digits' };
    return { valid: false, code: 'wrong-length' };
  }
  const [, century, date, separator, serial] = parts;
  const year = two(date, 0);
  const month = two(date, 2);
  let day = two(date, 4);
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return { valid: false, code: 'invalid-date' };
  let fullYear: number;
  if (century !== undefined) {
    fullYear = Number(century) * 100 + year;
  } else {
    fullYear = Math.floor(today.getFullYear() / 100) * 100 + year;
    const candidate = dateOrNull(fullYear, month, day);
    if (candidate === null || candidate > today) fullYear -= 100;
    if (separator === '+') fullYear -= 100;
  }
  const birth = dateOrNull(fullYear, month, day);
  if (birth === null || birth > today) return { valid: false, code: 'invalid-date' };
  if (!luhnValid(date + serial)) return { valid: false, code: 'checksum' };
  return { valid: true };
}

function danish(number: string): NationalIdCheck {
  const parts = /^(\d{6})-?(\d{4})$/.exec(number);
  if (!parts) {
    const digits = requireDigits(number.replace(/-/g, ''), 10);
    return digits ?? { valid: false, code: 'wrong-format' };
  }
  const digits = parts[1] + parts[2];
  const day = two(digits, 0);
  const month = two(digits, 2);
  const year = two(digits, 4);
  const seventh = Number(digits[6]);
  const century = seventh <= 3 ? 1900 : seventh === 4 || seventh === 9 ? (year <= 36 ? 2000 : 1900) : year <= 57 ? 2000 : 1800;
  if (dateOrNull(century + year, month, day) === null) return { valid: false, code: 'invalid-date' };
  return weightedSum(digits, DK_WEIGHTS) % 11 !== 0 ? { valid: true, warning: 'dk-modulus' } : { valid: true };
}

function requireDigits(number: string, length: number): NationalIdCheck | undefined {
  if (!/^\d*$/.test(number)) return { valid: false, code: 'not-digits' };
  if (number.length !== length) return { valid: false, code: 'wrong-length', expected: length, actual: number.length };
  return undefined;
}

function dayOfMonthPossible(day: number, month: number, leapYearPossible: boolean): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lastDay = month === 2 ? (leapYearPossible ? 29 : 28) : new Date(Date.UTC(2001, month, 0)).getUTCDate();
  return day <= lastDay;
}

function dateOrNull(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function two(digits: string, from: number): number {
  return Number(digits.substring(from, from + 2));
}

function weightedSum(digits: string, weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + Number(digits[i]) * weight, 0);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
