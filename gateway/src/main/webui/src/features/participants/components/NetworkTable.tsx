import { Button, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NetworkPerson } from '../../../shared/api/types';

/** The person's network as a table: on the person's page (with removal) and in the printable overview. */
export function NetworkTable({ people, onRemove, border = false }: {
  people: NetworkPerson[];
  onRemove?: (person: NetworkPerson) => void;
  border?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table border={border}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('network.name')}</Table.HeaderCell>
          <Table.HeaderCell>{t('network.relation')}</Table.HeaderCell>
          <Table.HeaderCell>{t('network.contact')}</Table.HeaderCell>
          <Table.HeaderCell>{t('network.meetings')}</Table.HeaderCell>
          {onRemove && <Table.HeaderCell><span className="hh-visually-hidden">{t('common.actions')}</span></Table.HeaderCell>}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {people.map((person) => (
          <Table.Row key={person.id}>
            <Table.Cell>{person.name}</Table.Cell>
            <Table.Cell>{person.relation}</Table.Cell>
            <Table.Cell>{[person.phone, person.email].filter(Boolean).join(', ') || '–'}</Table.Cell>
            <Table.Cell>{person.joinsFollowUpMeetings ? t('common.yes') : t('common.no')}</Table.Cell>
            {onRemove && (
              <Table.Cell>
                <Button variant="tertiary" data-size="sm" aria-label={t('network.removeNamed', { name: person.name })}
                        onClick={() => onRemove(person)}>{t('common.remove')}</Button>
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
