import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useNetwork, useParticipant } from '../api/queries';
import { useOrganisations, useProfessionals, useTeam } from '../../coordinators/api/queries';
import { formatDate } from '../../../shared/format';
import { Loading, ProblemAlert } from '../../../shared/components/States';
import { NetworkTable } from '../components/NetworkTable';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { useRoleText } from '../../coordinators/components/useRoleText';

/** A one-page overview of the network and the team, made to be printed for a meeting with the person. */
export function OverviewPage() {
  const { t } = useTranslation();
  const roleText = useRoleText();
  const { id = '' } = useParams();
  const person = useParticipant(id);
  const team = useTeam(id);
  const network = useNetwork(id);
  const organisations = useOrganisations();
  const professionals = useProfessionals();
  usePageTitle(person.data ? t('overview.title', { name: person.data.name }) : t('person.title'));
  // A registrant who is not on the team sees the person and network, and is told why the team is missing.
  const teamHidden = team.error?.status === 404;
  const failed = person.error ?? (teamHidden ? null : team.error) ?? network.error;
  if (failed) return <ProblemAlert problem={failed} />;
  if (!person.data || (!team.data && !teamHidden) || !network.data) return <Loading />;
  const contact = (professionalId: string) => {
    const professional = professionals.data?.find((candidate) => candidate.id === professionalId);
    return [professional?.phone, professional?.email].filter(Boolean).join(', ') || '–';
  };
  const coordinator = team.data?.coordinator;
  const members = team.data?.members ?? [];
  const networkPeople = network.data;
  const name = person.data.name;
  const whatMatters = person.data.whatMattersToMe;
  return (
    <article className="hh-overview">
      <div className="hh-title-row hh-no-print">
        <Link to={`/people/${id}`}>{t('overview.back')}</Link>
        <Button onClick={() => window.print()}>{t('overview.print')}</Button>
      </div>
      <Heading level={1} data-size="lg">{t('overview.title', { name })}</Heading>
      <Paragraph data-size="sm">{t('overview.madeOn', { date: formatDate(new Date().toISOString()) })}</Paragraph>
      {whatMatters && (
        <>
          <Heading level={2} data-size="sm">{t('person.whatMatters')}</Heading>
          <Paragraph>{whatMatters}</Paragraph>
        </>
      )}
      <Heading level={2} data-size="sm">{t('team.title')}</Heading>
      {teamHidden ? <Paragraph>{t('team.notYours')}</Paragraph> : (
      <Table border>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('team.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('team.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('team.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('network.contact')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {coordinator && (
            <Table.Row>
              <Table.Cell>{coordinator.professionalName}</Table.Cell>
              <Table.Cell>{t('team.coordinator')}</Table.Cell>
              <Table.Cell>{organisations.data?.find((organisation) => organisation.id === coordinator.organisationId)?.name ?? '–'}</Table.Cell>
              <Table.Cell>{contact(coordinator.professionalId)}</Table.Cell>
            </Table.Row>
          )}
          {members.map((member) => (
            <Table.Row key={member.id}>
              <Table.Cell>{member.name}{member.suspended && <> ({t('team.suspended')})</>}</Table.Cell>
              <Table.Cell>{roleText(member.role)}</Table.Cell>
              <Table.Cell>{member.organisationName}</Table.Cell>
              <Table.Cell>{contact(member.professionalId)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      )}
      <Heading level={2} data-size="sm">{t('network.title')}</Heading>
      {networkPeople.length === 0 ? <Paragraph>{t('network.empty')}</Paragraph> : <NetworkTable people={networkPeople} border />}
    </article>
  );
}
