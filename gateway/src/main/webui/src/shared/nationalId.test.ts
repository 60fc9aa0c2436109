import { describe, expect, it } from 'vitest';
import { checkNationalId } from './nationalId';

/** A Norwegian number with correct control digits for the first nine digits given. */
function norwegian(nine: string): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const k1 = (11 - (w1.reduce((s, w, i) => s + w * Number(nine[i]), 0) % 11)) % 11;
  const ten = nine + k1;
  const k2 = (11 - (w2.reduce((s, w, i) => s + w * Number(ten[i]), 0) % 11)) % 11;
  return ten + k2;
}

describe('Norwegian identity numbers', () => {
  // A first control digit of 10 makes a number impossible (12 characters): such candidates are left out.
  const valid = ['150590123', '010180456', '290200789'].map(norwegian).filter((n) => n.length === 11);

  it('accepts a fødselsnummer with correct control digits', () => {
    expect(valid.length).toBeGreaterThan(0);
    for (const number of valid) expect(checkNationalId('NO', number)).toEqual({ valid: true });
  });

  it('refuses a mistyped control digit', () => {
    const number = valid[0];
    const wrong = number.substring(0, 10) + ((Number(number[10]) + 1) % 10);
    expect(checkNationalId('NO', wrong)).toEqual({ valid: false, code: 'checksum' });
  });

  it('says how many digits are missing', () => {
    expect(checkNationalId('NO', '1505901234')).toEqual({ valid: false, code: 'wrong-length', expected: 11, actual: 10 });
  });

  it('refuses letters and an impossible date', () => {
    expect(checkNationalId('NO', '15059O12345')).toEqual({ valid: false, code: 'not-digits' });
    expect(checkNationalId('NO', '31029012345')).toEqual({ valid: false, code: 'invalid-date' });
  });

  it('reads a D-number (day + 40) and marks a synthetic number (month + 80)', () => {
    expect(checkNationalId('NO', norwegian('550590123'))).toMatchObject({ valid: true });
    expect(checkNationalId('NO', norwegian('158590123'))).toEqual({ valid: true, warning: 'synthetic' });
  });

  it('asks for a number when there is none', () => {
    expect(checkNationalId('NO', '   ')).toEqual({ valid: false, code: 'missing' });
  });
});

describe('Swedish personnummer', () => {
  const today = new Date(Date.UTC(2026, 10, 30));

  it('accepts the Swedish Tax Agency\'s example, with and without century', () => {
    expect(checkNationalId('SE', '811228-9874', today)).toEqual({ valid: true });
    expect(checkNationalId('SE', '198112289874', today)).toEqual({ valid: true });
  });

  it('refuses a wrong Luhn digit and a birth date in the future', () => {
    expect(checkNationalId('SE', '811228-9875', today)).toEqual({ valid: false, code: 'checksum' });
    expect(checkNationalId('SE', '202712289874', today)).toEqual({ valid: false, code: 'invalid-date' });
  });
});

describe('Danish CPR numbers', () => {
  it('accepts DDMMYY-SSSS and warns only when the old modulus 11 check fails', () => {
    expect(checkNationalId('DK', '070761-4285')).toMatchObject({ valid: true });
    expect(checkNationalId('DK', '310261-4285')).toEqual({ valid: false, code: 'invalid-date' });
  });

  it('says what is wrong with the form', () => {
    expect(checkNationalId('DK', '07076142')).toEqual({ valid: false, code: 'wrong-length', expected: 10, actual: 8 });
  });
});
