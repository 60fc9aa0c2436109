import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { Transfer } from '../../../shared/api/types';
import { useChange } from '../../../shared/api/useChange';
import { formatDate, municipalityName } from '../../../shared/format';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';

const INCOMING = [['referrals', 'transfers', 'incoming']];

/** People moving in, for the municipality's team leads: where from, what the consent allows, the sender's words; accept or decline. */
export function IncomingTransfers() {
  const { t } = useTranslation();
  const transfers = useQuery<Transfer[], ApiProblem>({ queryKey: INCOMING[0], queryFn: () => firstPage('/referrals/transfers/incoming') });
  return (
    <section aria-labelledby="incoming-heading" className="hh-card" data-testid="incoming-transfers">
      <Heading level={2} data-size="sm" id="incoming-heading">{t('transfers.incoming')}</Heading>
      {transfers.isPending && <Loading />}
      {transfers.isError && <ProblemAlert problem={transfers.error} />}
      {transfers.isSuccess && transfers.data.length === 0 && <Empty>{t('transfers.noneIncoming')}</Empty>}
      <ul className="hh-cards">
        {transfers.data?.map((transfer) => <IncomingTransfer key={transfer.id} transfer={transfer} />)}
      </ul>
    </section>
  );
}

function IncomingTransfer({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const answer = useChange((step: 'accept' | 'decline') => api(`/referrals/transfers/${transfer.id}/${step}`, {
    method: 'POST', body: { reason: step === 'decline' ? reason.trim() : undefined },
  }), INCOMING, [['unassigned']]);
  const from = municipalityName(transfer.fromMunicipalityId);
  return (
    <li className="hh-person-card" aria-labelledby={`transfer-${transfer.id}`}>
      <Heading level={3} data-size="xs" id={`transfer-${transfer.id}`}>{t('transfers.from', { municipality: from, date: formatDate(transfer.offeredAt) })}</Heading>
      {transfer.note && <Paragraph data-size="sm">{transfer.note}</Paragraph>}
      <Paragraph data-size="sm">{t('transfers.allows', { categories: transfer.categories.map((category) => t(`category.${category}`)).join(', ') })}</Paragraph>
      <div className="hh-actions">
        <Button data-size="sm" loading={answer.isPending && answer.variables === 'accept'} aria-label={t('transfers.acceptNamed', { municipality: from })}
                onClick={() => answer.mutate('accept')}>{t('transfers.accept')}</Button>
        <Button data-size="sm" variant="secondary" aria-expanded={declining} onClick={() => setDeclining(!declining)}>{t('transfers.decline')}</Button>
      </div>
      {declining && (
        <form className="hh-form" onSubmit={(event) => { event.preventDefault(); answer.mutate('decline'); }}>
          <Textfield id={`decline-${transfer.id}`} label={t('transfers.why')} required value={reason} onChange={(event) => setReason(event.target.value)} />
          <Button type="submit" data-size="sm" variant="secondary">{t('transfers.declineButton')}</Button>
        </form>
      )}
      {answer.isError && <ProblemAlert problem={answer.error} />}
    </li>
  );
}
