import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem, firstPage } from '../../../shared/api/http';
import type { MyReferral } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format';
import { ProblemAlert } from '../../../shared/components/States';

/** Where the person has been referred in one municipality, and what happened: in plain words, newest first. */
export function MyReferralsSection({ municipalityId, level }: { municipalityId: string; level: 2 | 3 }) {
  const { t } = useTranslation();
  const referrals = useQuery<MyReferral[], ApiProblem>({ queryKey: ['me', 'referrals'], queryFn: () => firstPage('/referrals/me') });
  if (referrals.isError) return <ProblemAlert problem={referrals.error} />;
  const mine = (referrals.data ?? []).filter((referral) => referral.municipalityId === municipalityId);
  if (mine.length === 0) return null;
  return (
    <section className="hh-card" aria-labelledby={`my-referrals-${municipalityId}`} data-testid="my-referrals">
      <Heading level={level} data-size="sm" id={`my-referrals-${municipalityId}`}>{t('myReferrals.title')}</Heading>
      <ul className="hh-plain-list">
        {mine.map((referral) => (
          <li key={referral.id}>
            <Paragraph><strong>{referral.service}</strong> ({referral.organisation})</Paragraph>
            <Paragraph data-size="sm">{t('myReferrals.sent', { date: formatDate(referral.requestedAt), by: referral.referredBy })}</Paragraph>
            <Paragraph data-size="sm">{referral.reason}</Paragraph>
            <Tag data-size="sm" data-color={referral.status === 'rejected' || referral.status === 'failed' ? 'danger' : 'info'}>
              {t(`referralStatus.${referral.status}`)}
            </Tag>
            {referral.outcome && <Paragraph data-size="sm">{t(`referralOutcome.${referral.outcome}`)}</Paragraph>}
            {referral.rejectionReason && <Paragraph data-size="sm">{t(`rejectionReason.${referral.rejectionReason}`)}</Paragraph>}
            {referral.failureReason && <Paragraph data-size="sm">{t(`failureReason.${referral.failureReason}`)}</Paragraph>}
            {referral.closingNote && <Paragraph data-size="sm">“{referral.closingNote}”</Paragraph>}
          </li>
        ))}
      </ul>
    </section>
  );
}
