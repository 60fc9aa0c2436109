import { Button, Field, Heading, Label, Paragraph, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import type { CoordinatorsInput } from '../../../shared/api/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { useOrganisations, useProfessionals, useTeam } from '../api/queries';
import { formatDate } from '../../../shared/format';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';
import { AssignCoordinator } from './AssignCoordinator';
import { useRoleText } from './useRoleText';

/** The responsible coordinator and the professionals around the person; suspended members are marked, not hidden. */
export function TeamSection({ participantId, mayChange }: { participantId: string; mayChange: boolean }) {
  const { t } = useTranslation();
  const roleText = useRoleText();
  const team = useTeam(participantId);
  const [handingOver, setHandingOver] = useState(false);
  const remove = useChange((memberId: string) => api(`/coordinators/participants/${participantId}/team/members/${memberId}`, { method: 'DELETE' }),
    [['team', participantId]]);
  return (
    <section aria-labelledby="team-heading" className="hh-card">
      <Heading level={2} data-size="sm" id="team-heading">{t('team.title')}</Heading>
      {team.isPending && <Loading />}
      {team.isError && team.error.status === 404 && <Paragraph data-testid="team-not-yours">{t('team.notYours')}</Paragraph>}
      {team.isError && team.error.status !== 404 && <ProblemAlert problem={team.error} />}
      {team.isSuccess && (
        <>
          <Heading level={3} data-size="xs">{t('team.coordinator')}</Heading>
          {team.data.coordinator
            ? <Paragraph data-testid="coordinator">{team.data.coordinator.professionalName} <span className="hh-muted">{t('team.since', { date: formatDate(team.data.coordinator.assignedAt) })}</span></Paragraph>
            : <Paragraph><Tag data-color="danger" data-size="sm">{t('flag.no-coordinator')}</Tag></Paragraph>}
          {mayChange && !handingOver && (
            <Button variant="secondary" data-size="sm" onClick={() => setHandingOver(true)}>
              {team.data.coordinator ? t('team.handOver') : t('team.assign')}
            </Button>
          )}
          {mayChange && handingOver && (
            <AssignCoordinator participantId={participantId} handover={!!team.data.coordinator} onDone={() => setHandingOver(false)} />
          )}

          <Heading level={3} data-size="xs">{t('team.members')}</Heading>
          {team.data.members.length === 0 && <Empty>{t('team.noMembers')}</Empty>}
          {team.data.members.length > 0 && (
            <TableWrap label={t('team.members')}>
              <Table data-testid="team-members">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('team.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('team.organisation')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('team.role')}</Table.HeaderCell>
                    {mayChange && <Table.HeaderCell><span className="hh-visually-hidden">{t('common.actions')}</span></Table.HeaderCell>}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {team.data.members.map((member) => (
                    <Table.Row key={member.id}>
                      <Table.Cell>
                        {member.name} <span className="hh-muted">({member.profession})</span>
                        {member.suspended && <> <Tag data-color="danger" data-size="sm" title={member.suspensionReason}>{t('team.suspended')}</Tag></>}
                      </Table.Cell>
                      <Table.Cell>{member.organisationName}</Table.Cell>
                      <Table.Cell>{roleText(member.role)}</Table.Cell>
                      {mayChange && (
                        <Table.Cell>
                          <Button variant="tertiary" data-size="sm" onClick={() => remove.mutate(member.id)}
                                  aria-label={t('team.removeNamed', { name: member.name })}>{t('common.remove')}</Button>
                        </Table.Cell>
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableWrap>
          )}
          {team.data.members.some((member) => member.suspended) && <Paragraph data-size="sm">{t('team.suspendedHelp')}</Paragraph>}
          {remove.isError && <ProblemAlert problem={remove.error} />}
          {mayChange && <AddMember participantId={participantId} />}
        </>
      )}
    </section>
  );
}

function AddMember({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const professionals = useProfessionals();
  const organisations = useOrganisations();
  const [professionalId, setProfessionalId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const add = useChange(() => api(`/coordinators/participants/${participantId}/team/members`, { method: 'POST', body: { professionalId, organisationId, role } satisfies CoordinatorsInput['TeamMemberInput'] }),
    [['team', participantId], ['caseload']]);
  const professional = professionals.data?.find((candidate) => candidate.id === professionalId);
  const choices = (organisations.data ?? []).filter((organisation) => !professional || professional.organisationIds.includes(organisation.id));
  return (
    <form className="hh-form hh-subform" aria-labelledby="add-member-heading" onSubmit={(event) => {
      event.preventDefault();
      add.mutate(undefined, { onSuccess: () => { setProfessionalId(''); setOrganisationId(''); setRole(''); } });
    }}>
      <Heading level={3} data-size="xs" id="add-member-heading">{t('team.add')}</Heading>
      <div className="hh-row">
        <Field>
          <Label htmlFor="member-professional">{t('team.professional')}</Label>
          <Select id="member-professional" required value={professionalId} onChange={(event) => {
            setProfessionalId(event.target.value);
            setOrganisationId(professionals.data?.find((candidate) => candidate.id === event.target.value)?.organisationIds[0] ?? '');
          }}>
            <option value="">{t('common.choose')}</option>
            {(professionals.data ?? []).map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.name} ({candidate.profession})</option>)}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="member-organisation">{t('team.organisation')}</Label>
          <Select id="member-organisation" required value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {choices.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
          </Select>
        </Field>
        <Textfield id="member-role" label={t('team.role')} description={t('team.roleHelp')} required value={role}
                   onChange={(event) => setRole(event.target.value)} />
      </div>
      <Button type="submit" loading={add.isPending}>{t('team.addButton')}</Button>
      {add.isError && <ProblemAlert problem={add.error} />}
    </form>
  );
}
