import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseloadFlag } from '../../../shared/api/types';
import { byUrgency, FLAG_COLOURS } from '../flags';

/** The caseload's signals, each a tag with words (not colour alone). */
export function Flags({ flags }: { flags: CaseloadFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return <span className="hh-muted">{t('people.noFlags')}</span>;
  return (
    <ul className="hh-tags">
      {byUrgency(flags).map((flag) => (
        <li key={flag}><Tag data-color={FLAG_COLOURS[flag] ?? 'neutral'} data-size="sm">{t(`flag.${flag}`)}</Tag></li>
      ))}
    </ul>
  );
}
