import type { CaseloadFlag } from '../../shared/api/types';

/** How urgent each caseload flag is, as a colour of the design system; words always go with it. */
export const FLAG_COLOURS: Record<CaseloadFlag, 'danger' | 'warning' | 'info' | 'neutral'> = {
  'no-coordinator': 'danger',
  'suspended-team-members': 'danger',
  'transition-late': 'danger',
  'action-overdue': 'warning',
  'transition-due': 'warning',
  'programme-ending': 'warning',
  'consent-expiring': 'warning',
  'no-recent-team-meeting': 'info',
  'follow-up-ended': 'neutral',
};

/** Every flag, most urgent first (the order of the filter). */
export const ALL_FLAGS = Object.keys(FLAG_COLOURS) as CaseloadFlag[];

const URGENCY = ['danger', 'warning', 'info', 'neutral'] as const;

/** A person's flags, most urgent first, so the first tag is the one to act on. */
export function byUrgency(flags: readonly CaseloadFlag[]): CaseloadFlag[] {
  return [...flags].sort((a, b) => URGENCY.indexOf(FLAG_COLOURS[a]) - URGENCY.indexOf(FLAG_COLOURS[b]) || ALL_FLAGS.indexOf(a) - ALL_FLAGS.indexOf(b));
}
