import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../shared/api/types';
import { formatDateTime } from '../../../shared/format';

/** Every step of the referral, oldest first: when, which side took it (you or the organisation), and why. */
export function ReferralTimeline({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const organisationName = (id: string) => id === referral.sendingOrganisation.id ? referral.sendingOrganisation.name
    : id === referral.receivingOrganisation.id ? referral.receivingOrganisation.name : '';
  return (
    <section aria-labelledby="timeline-heading" className="hh-card">
      <Heading level={2} data-size="sm" id="timeline-heading">{t('referrals.timeline')}</Heading>
      <ol className="hh-timeline" data-testid="referral-timeline">
        {referral.timeline.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{' '}
            <strong>{t(`referralStepTaken.${entry.step}`)}</strong>{' '}
            {entry.byYou ? t('referrals.byYou') : t('referrals.byOrganisation', { organisation: organisationName(entry.organisationId) })}
            {entry.code && <> — {t([`rejectionReason.${entry.code}`, `failureReason.${entry.code}`, `referralOutcome.${entry.code}`], entry.code)}</>}
            {entry.note && <blockquote>{entry.note}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
