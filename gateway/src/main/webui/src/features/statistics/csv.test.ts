import { describe, expect, it } from 'vitest';
import { tableCsv } from './csv';
import type { IndicatorTable } from '../../shared/api/types';

const table: IndicatorTable = {
  indicator: 'referrals', by: 'receiving-organisation', municipalities: ['asker'], protectedFigures: true,
  rows: [
    { key: 'a1', label: 'NAV "Asker", Vest', values: { requested: 12, accepted: null }, suppressed: ['accepted'] },
    { key: 'b2', label: '=HYPERLINK("x")', values: { requested: 0, accepted: 0 }, suppressed: [] },
  ],
  total: { values: { requested: 12, accepted: 9 }, suppressed: [] },
};

describe('tableCsv', () => {
  it('writes codes and raw numbers, empty withheld cells, quotes and defuses what a spreadsheet would run', () => {
    expect(tableCsv(table, ['requested', 'accepted']).split('\r\n')).toEqual([
      'key,label,requested,accepted,withheld',
      'a1,"NAV ""Asker"", Vest",12,,accepted',
      'b2,"\'=HYPERLINK(""x"")",0,0,',
      'total,,12,9,',
      '',
    ]);
  });
});
