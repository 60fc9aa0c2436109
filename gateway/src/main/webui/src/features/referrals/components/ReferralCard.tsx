import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format';
import { ReferralSteps } from './ReferralSteps';

/** A referral in a list: to which service, from whom, where it stands, what needs attention, and what came of it. */
export function ReferralCard({ referral, counterpart, showPerson, quickSteps = false }: {
  referral: Referral; counterpart: 'sender' | 'receiver'; showPerson?: string; quickSteps?: boolean;
}) {
  const { t } = useTranslation();
  const other = counterpart === 'receiver' ? referral.receivingOrganisation.name : referral.sendingOrganisation.name;
  return (
    <li className="hh-person-card" aria-labelledby={`referral-${referral.id}`}>
      <Heading level={3} data-size="xs" id={`referral-${referral.id}`}>
        <Link to={`/referrals/${referral.id}`}>{referral.service.name}</Link>
      </Heading>
      <Paragraph data-size="sm">{t(counterpart === 'receiver' ? 'referrals.to' : 'referrals.from', { organisation: other })}</Paragraph>
      {showPerson && <Paragraph data-size="sm">{showPerson}</Paragraph>}
      <ul className="hh-tags">
        <li><Tag data-size="sm" data-color={referral.status === 'rejected' || referral.status === 'failed' ? 'danger' : 'info'}>{t(`referralStatus.${referral.status}`)}</Tag></li>
        {referral.flags.map((flag) => <li key={flag}><Tag data-size="sm" data-color="warning">{t(`referralFlag.${flag}`, flag)}</Tag></li>)}
      </ul>
      <dl className="hh-facts">
        {referral.requestedAt ? <><dt>{t('referrals.sent')}</dt><dd>{formatDate(referral.requestedAt)}</dd></> : <><dt>{t('referrals.written')}</dt><dd>{formatDate(referral.createdAt)}</dd></>}
        {referral.status === 'requested' && referral.answerDueBy && <><dt>{t('referrals.answerDue')}</dt><dd>{formatDate(referral.answerDueBy)}</dd></>}
        {referral.outcome && <><dt>{t('referrals.outcome')}</dt><dd>{t(`referralOutcome.${referral.outcome}`)}</dd></>}
        {referral.rejectionReason && <><dt>{t('referrals.why')}</dt><dd>{t(`rejectionReason.${referral.rejectionReason}`)}</dd></>}
        {referral.failureReason && <><dt>{t('referrals.why')}</dt><dd>{t(`failureReason.${referral.failureReason}`)}</dd></>}
      </dl>
      {quickSteps && <ReferralSteps referral={referral} compact />}
    </li>
  );
}
