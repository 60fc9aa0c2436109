import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Referral } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format';
import { Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { useReferral } from '../api/queries';
import { ReferralSteps } from '../components/ReferralSteps';
import { ReferralTimeline } from '../components/ReferralTimeline';

/** One referral: why, between whom, where it stands, the handover (once the receiver may see it), the next steps, the timeline. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = useReferral(id);
  usePageTitle(referral.data ? t('referrals.titleNamed', { service: referral.data.service.name }) : t('referrals.one'));
  if (referral.isPending) return <Loading />;
  if (referral.isError) {
    return (
      <section>
        <Heading level={1} data-size="lg">{t('referrals.one')}</Heading>
        <ProblemAlert problem={referral.error} />
        <Paragraph><Link to="/referrals">{t('referrals.back')}</Link></Paragraph>
      </section>
    );
  }
  const data = referral.data;
  return (
    <article>
      <Heading level={1} data-size="lg">{t('referrals.titleNamed', { service: data.service.name })}</Heading>
      <Paragraph>
        <Tag data-color={data.status === 'rejected' || data.status === 'failed' ? 'danger' : 'info'}>{t(`referralStatus.${data.status}`)}</Tag>
        {data.flags.map((flag) => <span key={flag}> <Tag data-color="warning">{t(`referralFlag.${flag}`, flag)}</Tag></span>)}
      </Paragraph>
      {data.yourSide === 'sender' && <Paragraph><Link to={`/people/${data.participantId}/referrals`}>{t('referrals.toPerson')}</Link></Paragraph>}
      <section aria-labelledby="referral-facts" className="hh-card">
        <Heading level={2} data-size="sm" id="referral-facts">{t('referrals.what')}</Heading>
        <dl className="hh-facts">
          <dt>{t('referrals.fromLabel')}</dt><dd>{data.sendingOrganisation.name}</dd>
          <dt>{t('referrals.toLabel')}</dt><dd>{data.receivingOrganisation.name}</dd>
          <dt>{t('referrals.reason')}</dt><dd>{data.reason}</dd>
          <dt>{t('referrals.shares')}</dt><dd>{data.categories.map((category) => t(`category.${category}`)).join(', ')}</dd>
          {data.requestedAt && <><dt>{t('referrals.sent')}</dt><dd>{formatDate(data.requestedAt)}</dd></>}
          {data.status === 'requested' && data.answerDueBy && <><dt>{t('referrals.answerDue')}</dt><dd>{formatDate(data.answerDueBy)}</dd></>}
          {data.outcome && <><dt>{t('referrals.outcome')}</dt><dd>{t(`referralOutcome.${data.outcome}`)}</dd></>}
          {data.rejectionReason && <><dt>{t('referrals.why')}</dt><dd>{t(`rejectionReason.${data.rejectionReason}`)}</dd></>}
          {data.failureReason && <><dt>{t('referrals.why')}</dt><dd>{t(`failureReason.${data.failureReason}`)}</dd></>}
          {data.closingNote && <><dt>{t('referrals.reportedBack')}</dt><dd>{data.closingNote}</dd></>}
        </dl>
      </section>
      <ReferralSteps referral={data} />
      <Handover referral={data} />
      <ReferralTimeline referral={data} />
    </article>
  );
}

/** What the person has already told: shown to the receiver only once accepted, so the person need not tell it twice. */
function Handover({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const handover = referral.handover;
  if (!handover) {
    return referral.yourSide === 'receiver' && referral.status === 'requested'
      ? <Alert data-color="info">{t('referrals.handoverAfterAccept')}</Alert> : null;
  }
  return (
    <section aria-labelledby="handover-heading" className="hh-card" data-testid="handover">
      <Heading level={2} data-size="sm" id="handover-heading">{t('referrals.handover')}</Heading>
      <dl className="hh-facts">
        {handover.summary && <><dt>{t('referrals.summary')}</dt><dd>{handover.summary}</dd></>}
        {handover.whatMattersToMe && <><dt>{t('person.whatMatters')}</dt><dd>{handover.whatMattersToMe}</dd></>}
        {handover.languages.length > 0 && <><dt>{t('directory.languages')}</dt><dd>{handover.languages.join(', ')}</dd></>}
        <dt>{t('referrals.interpreter')}</dt>
        <dd>{handover.interpreterNeeded ? t('referrals.interpreterIn', { language: handover.interpreterLanguage ?? '' }) : t('referrals.noInterpreter')}</dd>
      </dl>
      {handover.goals.length > 0 && (
        <>
          <Heading level={3} data-size="xs">{t('plan.goals')}</Heading>
          <ul>{handover.goals.map((goal, index) => <li key={goal.goalId ?? index}>{goal.description} ({t(`lifeArea.${goal.lifeArea}`)}{goal.targetDate ? `, ${formatDate(goal.targetDate)}` : ''})</li>)}</ul>
        </>
      )}
      {handover.actions.length > 0 && (
        <>
          <Heading level={3} data-size="xs">{t('plan.actions')}</Heading>
          <ul>{handover.actions.map((action, index) => <li key={action.actionId ?? index}>{action.what}{action.dueDate ? ` (${t('plan.due', { date: formatDate(action.dueDate) })})` : ''}</li>)}</ul>
        </>
      )}
    </section>
  );
}
