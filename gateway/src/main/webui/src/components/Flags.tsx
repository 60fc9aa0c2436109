import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseloadFlag } from '../api/types';

const COLOURS: Record<CaseloadFlag, 'danger' | 'warning' | 'info' | 'neutral'> = {
  'no-coordinator': 'danger',
  'suspended-team-members': 'danger',
  'programme-ending': 'warning',
  'consent-expiring': 'warning',
  'no-recent-team-meeting': 'info',
  'follow-up-ended': 'neutral',
};

export const ALL_FLAGS = Object.keys(COLOURS) as CaseloadFlag[];

/** The caseload's signals, each a tag with words (not colour alone). */
export function Flags({ flags }: { flags: CaseloadFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return <span className="hh-muted">{t('people.noFlags')}</span>;
  return (
    <ul className="hh-tags">
      {flags.map((flag) => (
        <li key={flag}><Tag data-color={COLOURS[flag] ?? 'neutral'} data-size="sm">{t(`flag.${flag}`)}</Tag></li>
      ))}
    </ul>
  );
}
