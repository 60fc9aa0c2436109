import { describe, expect, it } from 'vitest';
import { ALL_FLAGS, byUrgency, FLAG_COLOURS } from './flags';

describe('caseload flags', () => {
  it('has a colour for each of the nine flags the coordinators service sends', () => {
    expect(ALL_FLAGS).toHaveLength(9);
    for (const flag of ALL_FLAGS) expect(['danger', 'warning', 'info', 'neutral']).toContain(FLAG_COLOURS[flag]);
  });

  it('shows the most urgent flag first', () => {
    expect(byUrgency(['follow-up-ended', 'programme-ending', 'no-coordinator'])).toEqual(['no-coordinator', 'programme-ending', 'follow-up-ended']);
  });

  it('keeps flags of the same urgency in the filter order and does not change its input', () => {
    const flags = ['consent-expiring', 'programme-ending'] as const;
    expect(byUrgency(flags)).toEqual(['programme-ending', 'consent-expiring']);
    expect(flags).toEqual(['consent-expiring', 'programme-ending']);
  });
});
