import { Checkbox, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { useReferralBox } from '../api/queries';
import { ReferralCard } from '../components/ReferralCard';
import { IncomingTransfers } from '../components/IncomingTransfers';
import type { Session } from '../../../shared/api/types';
import { capabilities } from '../../../shared/session';

/**
 * Referrals in and out: what was sent to my services (accept or reject in one click, flagged when unanswered too long) and
 * what I or my organisation sent (with what came of it). The choices live in the address.
 */
export function ReferralsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string) => setParams((current) => {
    const copy = new URLSearchParams(current);
    if (value) copy.set(name, value); else copy.delete(name);
    return copy;
  }, { replace: true });
  const closed = params.get('closed') === 'true';
  return (
    <section>
      <Heading level={1} data-size="lg">{t('referrals.title')}</Heading>
      <Paragraph>{t('referrals.intro')}</Paragraph>
      <Checkbox label={t('referrals.showClosed')} checked={closed} onChange={(event) => set('closed', event.target.checked ? 'true' : '')} />
      {capabilities(session).teamLead && <IncomingTransfers />}
      <Box box="inbox" scope={params.get('in') === 'mine' ? 'mine' : 'organisation'} closed={closed} onScope={(scope) => set('in', scope)} />
      <Box box="outbox" scope={params.get('out') === 'organisation' ? 'organisation' : 'mine'} closed={closed} onScope={(scope) => set('out', scope)} />
    </section>
  );
}

function Box({ box, scope, closed, onScope }: {
  box: 'inbox' | 'outbox'; scope: 'mine' | 'organisation'; closed: boolean; onScope: (scope: string) => void;
}) {
  const { t } = useTranslation();
  const referrals = useReferralBox(box, scope, closed);
  return (
    <section aria-labelledby={`${box}-heading`} className="hh-card">
      <div className="hh-title-row">
        <Heading level={2} data-size="sm" id={`${box}-heading`}>{t(`referrals.${box}`)}</Heading>
        <Field>
          <Label htmlFor={`${box}-scope`}>{t('referrals.whose')}</Label>
          <Select id={`${box}-scope`} value={scope} onChange={(event) => onScope(event.target.value)}>
            <option value={box === 'inbox' ? 'organisation' : 'mine'}>{t(`referrals.${box}Default`)}</option>
            <option value={box === 'inbox' ? 'mine' : 'organisation'}>{t(`referrals.${box}Other`)}</option>
          </Select>
        </Field>
      </div>
      {referrals.isPending && <Loading />}
      {referrals.isError && <ProblemAlert problem={referrals.error} />}
      {referrals.isSuccess && referrals.data.length === 0 && <Empty>{t(`referrals.${box}Empty`)}</Empty>}
      <ul className="hh-cards" data-testid={box}>
        {referrals.data?.map((referral) => (
          <ReferralCard key={referral.id} referral={referral} counterpart={box === 'inbox' ? 'sender' : 'receiver'} quickSteps={box === 'inbox'} />
        ))}
      </ul>
    </section>
  );
}
