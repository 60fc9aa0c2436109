import { beforeAll, describe, expect, it } from 'vitest';
import i18n from './i18n';
import { formatDate, formatDateTime, municipalityName } from './format';

describe('formatting', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('writes an ISO date as people read it', () => {
    expect(formatDate('2026-03-02')).toBe('2 Mar 2026');
  });

  it('shows a date JavaScript cannot hold as the API wrote it, instead of failing the page', () => {
    expect(formatDate('+275760-09-14')).toBe('+275760-09-14');
    expect(formatDateTime('not a time')).toBe('not a time');
  });

  it('shows a dash for nothing', () => {
    expect(formatDate(null)).toBe('–');
    expect(formatDateTime(undefined)).toBe('–');
  });

  it('names a municipality from its alias', () => {
    expect(municipalityName('asker')).toBe('Asker');
    expect(municipalityName(null)).toBe('–');
  });
});
