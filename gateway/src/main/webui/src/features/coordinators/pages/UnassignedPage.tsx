import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { Link } from 'react-router';
import { nameIn, useParticipants } from '../../participants/api/queries';
import { useUnassigned } from '../api/queries';
import { Flags } from '../components/Flags';
import { formatDate } from '../../../shared/format';
import { AssignCoordinator } from '../components/AssignCoordinator';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';

/** The team lead's queue: people nobody coordinates yet, oldest first, each assignable in place. */
export function UnassignedPage() {
  const { t } = useTranslation();
  usePageTitle(t('unassigned.title'));
  const [page, setPage] = useState(0);
  const [assigning, setAssigning] = useState<string | null>(null);
  const queue = useUnassigned(page);
  const ids = useMemo(() => (queue.data?.items ?? []).map((entry) => entry.participantId), [queue.data]);
  const people = useParticipants(ids);
  const total = queue.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / 20));

  return (
    <section>
      <Heading level={1} data-size="lg">{t('unassigned.title')}</Heading>
      <Paragraph>{t('unassigned.intro')}</Paragraph>
      {queue.isPending && <Loading />}
      {queue.isError && <ProblemAlert problem={queue.error} />}
      {queue.isSuccess && queue.data.items.length === 0 && <Empty>{t('unassigned.empty')}</Empty>}
      {queue.isSuccess && queue.data.items.length > 0 && (
        <TableWrap label={t('unassigned.title')}>
          <Table zebra>
            <caption>{t('unassigned.count', { count: total })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('people.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.flags')}</Table.HeaderCell>
                <Table.HeaderCell>{t('unassigned.registered')}</Table.HeaderCell>
                <Table.HeaderCell>{t('unassigned.action')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {queue.data.items.map((entry) => (
                <Table.Row key={entry.participantId}>
                  <Table.Cell>
                    <Link to={`/people/${entry.participantId}`}>{nameIn(people, entry.participantId, t)}</Link>
                  </Table.Cell>
                  <Table.Cell><Flags flags={entry.flags} /></Table.Cell>
                  <Table.Cell>{formatDate(entry.registeredAt)}</Table.Cell>
                  <Table.Cell>
                    {assigning === entry.participantId
                      ? <AssignCoordinator participantId={entry.participantId} onDone={() => setAssigning(null)} />
                      : <Button variant="secondary" data-size="sm" onClick={() => setAssigning(entry.participantId)}>{t('team.assign')}</Button>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
      {pages > 1 && (
        <nav aria-label={t('common.pages')} className="hh-actions">
          <Button variant="tertiary" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('common.previous')}</Button>
          <span>{t('common.pageOf', { page: page + 1, pages })}</span>
          <Button variant="tertiary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('common.next')}</Button>
        </nav>
      )}
    </section>
  );
}
