import { Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { useProgrammes } from '../api/queries';
import { formatDate } from '../../../shared/format';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';

/** The person's programmes with start and (planned or actual) end, and how often an end was moved. */
export function ProgrammesSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const programmes = useProgrammes(participantId);
  return (
    <section aria-labelledby="programmes-heading" className="hh-card">
      <Heading level={2} data-size="sm" id="programmes-heading">{t('person.programmes')}</Heading>
      {programmes.isPending && <Loading />}
      {programmes.isError && <ProblemAlert problem={programmes.error} />}
      {programmes.isSuccess && programmes.data.length === 0 && <Empty>{t('person.noProgrammes')}</Empty>}
      {programmes.isSuccess && programmes.data.length > 0 && (
        <TableWrap label={t('person.programmes')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('person.programme')}</Table.HeaderCell>
                <Table.HeaderCell>{t('person.started')}</Table.HeaderCell>
                <Table.HeaderCell>{t('person.ends')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {programmes.data.map((enrolment) => (
                <Table.Row key={enrolment.id}>
                  <Table.Cell>
                    {t(`programme.${enrolment.programme}`)}{' '}
                    {enrolment.status === 'ended' && <Tag data-size="sm" data-color="neutral">{t('person.ended')}</Tag>}
                  </Table.Cell>
                  <Table.Cell>{formatDate(enrolment.startDate)}</Table.Cell>
                  <Table.Cell>
                    {formatDate(enrolment.actualEndDate ?? enrolment.plannedEndDate)}
                    {enrolment.extensions.length > 0 && <> ({t('person.extended', { count: enrolment.extensions.length })})</>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
    </section>
  );
}
