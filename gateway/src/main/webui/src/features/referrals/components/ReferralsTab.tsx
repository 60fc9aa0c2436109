import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/api/types';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';
import { usePersonReferrals, useTransitions } from '../api/queries';
import { formatDate } from '../../../shared/format';
import { Tag } from '@digdir/designsystemet-react';
import { ReferForm } from './ReferForm';
import { ReferralCard } from './ReferralCard';
import { TransferSection } from './TransferSection';

/** Where the person has been referred and what happened, and "Refer" for whoever may send one (the API decides). */
export function ReferralsTab({ person, mayRefer, mayMove }: { person: Participant; mayRefer: boolean; mayMove: boolean }) {
  const { t } = useTranslation();
  const referrals = usePersonReferrals(person.id);
  const transitions = useTransitions(person.id);
  const due = (transitions.data ?? []).filter((task) => task.status === 'due');
  const [referring, setReferring] = useState(false);
  return (
    <section aria-labelledby="referrals-heading">
      <Heading level={2} data-size="md" id="referrals-heading">{t('referrals.ofPerson')}</Heading>
      {due.length > 0 && (
        <section aria-labelledby="transitions-heading" className="hh-card" data-testid="transitions">
          <Heading level={3} data-size="sm" id="transitions-heading">{t('transitions.title')}</Heading>
          <ul className="hh-plain-list">
            {due.map((task) => (
              <li key={task.id}>
                {t(`transitionRule.${task.rule}`)} — {t('transitions.dueBy', { date: formatDate(task.dueDate) })}
                {task.late && <> <Tag data-size="sm" data-color="danger">{t('transitions.late')}</Tag></>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {mayRefer && !referring && person.status === 'active' && (
        <div className="hh-actions"><Button onClick={() => setReferring(true)}>{t('referrals.refer')}</Button></div>
      )}
      {referring && <ReferForm person={person} onDone={() => setReferring(false)} />}
      {referrals.isPending && <Loading />}
      {referrals.isError && <ProblemAlert problem={referrals.error} />}
      {referrals.isSuccess && referrals.data.length === 0 && <Empty>{t('referrals.noneForPerson')}</Empty>}
      <ul className="hh-cards" data-testid="person-referrals">
        {referrals.data?.map((referral) => <ReferralCard key={referral.id} referral={referral} counterpart="receiver" />)}
      </ul>
      {mayMove && <TransferSection person={person} />}
    </section>
  );
}
