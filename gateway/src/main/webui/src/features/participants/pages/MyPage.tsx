import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../shared/api/http';
import { useMyAccessLog, useMyRecords } from '../api/queries';
import { useMyTeams } from '../../coordinators/api/queries';
import { MyPlanSection } from '../../agreements/components/MyPlanSection';
import { MyReferralsSection } from '../../referrals/components/MyReferralsSection';
import type { MyTeam, MyTeamPerson, NumberRemoval, PersonRecord } from '../../../shared/api/types';
import { formatDate, municipalityName } from '../../../shared/format';
import { AccessLog } from '../components/AccessLog';
import { Consents, type OrganisationChoice } from '../components/Consents';
import { Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { useRoleText } from '../../coordinators/components/useRoleText';

/**
 * The person's own page, in plain words: who helps me, how I reach them, what I allow, who looked. A person
 * registered by several municipalities sees each municipality's record, and which municipality holds what.
 */
export function MyPage() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  const records = useMyRecords();
  const teams = useMyTeams();
  const log = useMyAccessLog();

  if (records.isPending) return <Loading />;
  if (records.isError) {
    const notRegistered = records.error instanceof ApiProblem && records.error.type === 'not-registered';
    return (
      <section className="hh-narrow">
        <Heading level={1} data-size="lg">{t('me.title')}</Heading>
        {notRegistered ? <Alert data-color="info"><Paragraph>{t('me.notRegistered')}</Paragraph></Alert> : <ProblemAlert problem={records.error} />}
        {notRegistered && <NumberRemovals removals={removalsOf(records.error.body)} />}
      </section>
    );
  }
  const mine = records.data.records;
  const several = mine.length > 1;
  const people = (teams.data?.teams ?? []).flatMap((team) => [team.coordinator, ...team.members]).filter(Boolean) as MyTeamPerson[];
  const nameOf = (subject: string) => people.find((person) => person.subject === subject)?.name;

  return (
    <article className="hh-person">
      <Heading level={1} data-size="lg">{t('me.greeting', { name: mine[0].participant.name })}</Heading>
      <Paragraph>{t('me.intro')}</Paragraph>
      {teams.isError && <ProblemAlert problem={teams.error} />}
      <NumberRemovals removals={records.data.removedFrom ?? []} />
      {mine.map((record) => (
        <MyRecord key={record.participant.id} record={record} several={several} teamPending={teams.isPending}
                  team={teams.data?.teams.find((team) => team.participantId === record.participant.id)} />
      ))}
      {log.isPending && <Loading />}
      {log.isError && <ProblemAlert problem={log.error} />}
      {log.data && <AccessLog entries={log.data} nameOf={nameOf} plain showMunicipality={several} />}
    </article>
  );
}

/** Where a municipality took the person's identity number off a record: their own access moved with it, so they are told. */
function NumberRemovals({ removals }: { removals: NumberRemoval[] }) {
  const { t } = useTranslation();
  if (removals.length === 0) return null;
  return (
    <Alert data-color="warning">
      {removals.map((removal) => (
        <Paragraph key={removal.municipalityId + removal.changedAt}>
          {t('me.numberRemoved', { municipality: municipalityName(removal.municipalityId), date: formatDate(removal.changedAt) })}
        </Paragraph>
      ))}
    </Alert>
  );
}

function removalsOf(body: Record<string, unknown>): NumberRemoval[] {
  return Array.isArray(body.removedFrom) ? (body.removedFrom as NumberRemoval[]) : [];
}

/** What one municipality holds on the person: with several, each under a heading naming the municipality. */
function MyRecord({ record, team, teamPending, several }: { record: PersonRecord; team?: MyTeam; teamPending: boolean; several: boolean }) {
  const { t } = useTranslation();
  const me = record.participant;
  const level = several ? 3 : 2;
  const organisations: OrganisationChoice[] = [];
  (team ? [team.coordinator, ...team.members] : []).forEach((person) => {
    if (person?.organisationId && !organisations.some((known) => known.id === person.organisationId)) {
      organisations.push({ id: person.organisationId, name: person.organisationName ?? person.organisationId });
    }
  });
  const content = (
    <>
      {me.whatMattersToMe && (
        <section className="hh-card hh-matters">
          <Heading level={level} data-size="sm">{t('me.whatMatters')}</Heading>
          <Paragraph>{me.whatMattersToMe}</Paragraph>
        </section>
      )}
      {me.currentProgrammes.length > 0 && (
        <section className="hh-card">
          <Heading level={level} data-size="sm">{t('me.programmes')}</Heading>
          <ul className="hh-plain-list">
            {me.currentProgrammes.map((programme) => (
              <li key={programme.enrolmentId}>
                {t(`programme.${programme.programme}`)}
                {programme.plannedEndDate && <> – {t('me.until', { date: formatDate(programme.plannedEndDate) })}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MyPlanSection municipalityId={me.municipalityId} level={level} />
      <MyReferralsSection municipalityId={me.municipalityId} level={level} />
      {teamPending && <Loading />}
      {team && <MyTeamSection team={team} level={level} />}
      <Consents consents={record.consents} basePath="/participants/me" refresh={[['me']]} follow={[['me', 'team']]} organisations={organisations} plain
                headingLevel={level} grantQuery={several ? `?record=${me.id}` : ''} />
      {record.identityChanges.length > 0 && (
        <section className="hh-card">
          <Heading level={level} data-size="sm">{t('me.identityChanges')}</Heading>
          <ul className="hh-plain-list">
            {record.identityChanges.map((change) => (
              <li key={change.changedAt}>
                {t('me.identityChanged', { date: formatDate(change.changedAt), previous: change.previousMasked ?? t('me.noPreviousNumber'),
                  now: change.newMasked, reason: change.reason })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
  if (!several) return content;
  return (
    <section className="hh-record" aria-label={t('me.recordOf', { municipality: municipalityName(me.municipalityId) })}>
      <Heading level={2} data-size="md">{t('me.recordOf', { municipality: municipalityName(me.municipalityId) })}</Heading>
      {content}
    </section>
  );
}

function MyTeamSection({ team, level }: { team: MyTeam; level: 2 | 3 }) {
  const { t } = useTranslation();
  const sub = level === 2 ? 3 : 4;
  return (
    <section className="hh-card">
      <Heading level={level} data-size="sm">{t('me.teamTitle')}</Heading>
      <Heading level={sub} data-size="xs">{t('me.coordinator')}</Heading>
      {team.coordinator ? <PersonCard person={team.coordinator} /> : <Paragraph>{t('me.noCoordinator')}</Paragraph>}
      <Heading level={sub} data-size="xs">{t('me.members')}</Heading>
      {team.members.length === 0 ? <Paragraph>{t('me.noMembers')}</Paragraph> : (
        <ul className="hh-cards">
          {team.members.map((member, index) => <li key={index}><PersonCard person={member} /></li>)}
        </ul>
      )}
    </section>
  );
}

function PersonCard({ person }: { person: MyTeamPerson }) {
  const { t } = useTranslation();
  const roleText = useRoleText();
  return (
    <div className="hh-person-card" data-testid="my-team-person">
      <strong>{person.name}</strong>
      {person.suspended && <> <Tag data-size="sm" data-color="warning">{t('me.paused')}</Tag></>}
      <div>{[person.profession, person.organisationName].filter(Boolean).join(', ')}</div>
      {person.role && <div className="hh-muted">{roleText(person.role)}</div>}
      {person.phone && <div>{t('me.phone')}: <a href={`tel:${person.phone}`}>{person.phone}</a></div>}
      {person.email && <div>{t('me.email')}: <a href={`mailto:${person.email}`}>{person.email}</a></div>}
    </div>
  );
}
