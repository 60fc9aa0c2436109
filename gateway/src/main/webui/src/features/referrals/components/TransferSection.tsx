import { Button, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { Participant, ReferralsInput, Transfer } from '../../../shared/api/types';
import { useChange } from '../../../shared/api/useChange';
import { formatDate, municipalityName } from '../../../shared/format';
import { ProblemAlert, useFieldErrorText } from '../../../shared/components/States';

/**
 * Moving to another municipality: the person's offers (where to, what became of them), and — for her coordinator, the deputy
 * or a team lead — offering her follow-up there with her consent.
 */
export function TransferSection({ person }: { person: Participant }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const transfers = useQuery<Transfer[], ApiProblem>({
    queryKey: ['referrals', 'transfers', person.id], queryFn: () => firstPage(`/referrals/transfers?participantId=${person.id}`),
  });
  const [offering, setOffering] = useState(false);
  const [to, setTo] = useState('');
  const [how, setHow] = useState('signed-form');
  const [note, setNote] = useState('');
  const offer = useChange(() => api('/referrals/transfers', {
    method: 'POST',
    body: {
      participantId: person.id, toMunicipalityId: to.trim().toLowerCase(), consentRecordedHow: how, note: note.trim() || undefined,
    } satisfies ReferralsInput['TransferInput'],
  }), [['referrals', 'transfers', person.id]]);
  const open = (transfers.data ?? []).some((transfer) => transfer.status === 'offered');
  return (
    <section aria-labelledby="transfer-heading" className="hh-card" data-testid="transfers">
      <Heading level={3} data-size="sm" id="transfer-heading">{t('transfers.title')}</Heading>
      {transfers.isError && transfers.error.status !== 403 && <ProblemAlert problem={transfers.error} />}
      <ul className="hh-plain-list">
        {(transfers.data ?? []).map((transfer) => (
          <li key={transfer.id}>
            {t('transfers.to', { municipality: municipalityName(transfer.toMunicipalityId), date: formatDate(transfer.offeredAt) })}{' '}
            <Tag data-size="sm" data-color={transfer.status === 'declined' ? 'danger' : 'info'}>{t(`transferStatus.${transfer.status}`)}</Tag>
            {transfer.declineReason && <Paragraph data-size="sm">“{transfer.declineReason}”</Paragraph>}
          </li>
        ))}
      </ul>
      {!offering && !open && person.status === 'active' && (
        <Button variant="secondary" onClick={() => setOffering(true)}>{t('transfers.offer')}</Button>
      )}
      {offering && (
        <form className="hh-form" onSubmit={(event) => { event.preventDefault(); offer.mutate(undefined, { onSuccess: () => setOffering(false) }); }}>
          <Textfield id="transfer-to" label={t('transfers.movesTo')} description={t('transfers.movesToHelp')} required value={to}
                     error={fieldError(offer.error, 'toMunicipalityId')} onChange={(event) => setTo(event.target.value)} />
          <Field>
            <Label htmlFor="transfer-how">{t('transfers.consentHow')}</Label>
            <Select id="transfer-how" value={how} onChange={(event) => setHow(event.target.value)}>
              {(['signed-form', 'verbal', 'digital'] as const).map((code) => <option key={code} value={code}>{t(`recordedHow.${code}`)}</option>)}
            </Select>
          </Field>
          <Textfield id="transfer-note" multiline rows={2} label={t('transfers.note')} value={note} onChange={(event) => setNote(event.target.value)} />
          <div className="hh-actions">
            <Button type="submit" loading={offer.isPending}>{t('transfers.offerButton')}</Button>
            <Button type="button" variant="tertiary" onClick={() => setOffering(false)}>{t('common.cancel')}</Button>
          </div>
          {offer.isError && <ProblemAlert problem={offer.error} />}
        </form>
      )}
    </section>
  );
}
