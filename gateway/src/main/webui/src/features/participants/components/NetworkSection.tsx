import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import type { ParticipantsInput } from '../../../shared/api/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { NetworkTable } from './NetworkTable';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { useNetwork } from '../api/queries';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';

/** The people in the person's own network (family, friends, a volunteer), who may join follow-up meetings. */
export function NetworkSection({ participantId, mayChange }: { participantId: string; mayChange: boolean }) {
  const { t } = useTranslation();
  const network = useNetwork(participantId);
  const remove = useChange((id: string) => api(`/participants/${participantId}/network/${id}`, { method: 'DELETE' }), [['network', participantId]]);
  return (
    <section aria-labelledby="network-heading" className="hh-card">
      <Heading level={2} data-size="sm" id="network-heading">{t('network.title')}</Heading>
      {network.isPending && <Loading />}
      {network.isError && <ProblemAlert problem={network.error} />}
      {network.isSuccess && network.data.length === 0 && <Empty>{t('network.empty')}</Empty>}
      {network.isSuccess && network.data.length > 0 && (
        <TableWrap label={t('network.title')}>
          <NetworkTable people={network.data} onRemove={mayChange ? (person) => remove.mutate(person.id) : undefined} />
        </TableWrap>
      )}
      {remove.isError && <ProblemAlert problem={remove.error} />}
      {mayChange && <AddNetworkPerson participantId={participantId} />}
    </section>
  );
}

function AddNetworkPerson({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [phone, setPhone] = useState('');
  const [joins, setJoins] = useState(false);
  const add = useChange(() => api(`/participants/${participantId}/network`, {
    method: 'POST', body: { name, relation, phone: phone || undefined, joinsFollowUpMeetings: joins } satisfies ParticipantsInput['NetworkPersonInput'],
  }), [['network', participantId], ['team', participantId]]);
  return (
    <form className="hh-form hh-subform" aria-labelledby="add-network-heading" onSubmit={(event) => {
      event.preventDefault();
      add.mutate(undefined, { onSuccess: () => { setName(''); setRelation(''); setPhone(''); setJoins(false); } });
    }}>
      <Heading level={3} data-size="xs" id="add-network-heading">{t('network.add')}</Heading>
      <div className="hh-row">
        <Textfield id="network-name" label={t('network.name')} required value={name} error={fieldError(add.error, 'name')}
                   onChange={(event) => setName(event.target.value)} />
        <Textfield id="network-relation" label={t('network.relation')} description={t('network.relationHelp')} required value={relation}
                   error={fieldError(add.error, 'relation')} onChange={(event) => setRelation(event.target.value)} />
        <Textfield id="network-phone" type="tel" label={t('register.phone')} value={phone} error={fieldError(add.error, 'phone')}
                   onChange={(event) => setPhone(event.target.value)} />
      </div>
      <Checkbox label={t('network.joinsMeetings')} checked={joins} onChange={(event) => setJoins(event.target.checked)} />
      <Button type="submit" loading={add.isPending}>{t('network.addButton')}</Button>
      {add.isError && !add.error.errors.length && <ProblemAlert problem={add.error} />}
    </form>
  );
}
