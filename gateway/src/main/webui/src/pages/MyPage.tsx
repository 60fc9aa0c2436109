import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/http';
import { useMyAccessLog, useMyRecord, useMyTeam } from '../api/queries';
import type { MyTeam, MyTeamPerson } from '../api/types';
import { formatDate } from '../components/format';
import { AccessLog } from '../components/person/AccessLog';
import { Consents, type OrganisationChoice } from '../components/person/Consents';
import { Loading, ProblemAlert } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';

/** The person's own page, in plain words: who helps me, how I reach them, what I allow, who looked. */
export function MyPage() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  const record = useMyRecord();
  const team = useMyTeam();
  const log = useMyAccessLog();

  if (record.isPending) return <Loading />;
  if (record.isError) {
    const notRegistered = record.error instanceof ApiProblem && record.error.type === 'not-registered';
    return (
      <section className="hh-narrow">
        <Heading level={1} data-size="lg">{t('me.title')}</Heading>
        {notRegistered ? <Alert data-color="info"><Paragraph>{t('me.notRegistered')}</Paragraph></Alert> : <ProblemAlert problem={record.error} />}
      </section>
    );
  }
  const me = record.data.participant;
  const people = team.data ? [team.data.coordinator, ...team.data.members].filter(Boolean) as MyTeamPerson[] : [];
  const organisations: OrganisationChoice[] = [];
  people.forEach((person) => {
    if (person.organisationId && !organisations.some((known) => known.id === person.organisationId)) {
      organisations.push({ id: person.organisationId, name: person.organisationName ?? person.organisationId });
    }
  });
  const nameOf = (subject: string) => people.find((person) => person.subject === subject)?.name;

  return (
    <article className="hh-person">
      <Heading level={1} data-size="lg">{t('me.greeting', { name: me.name })}</Heading>
      <Paragraph>{t('me.intro')}</Paragraph>
      {me.whatMattersToMe && (
        <section aria-labelledby="matters-heading" className="hh-card hh-matters">
          <Heading level={2} data-size="sm" id="matters-heading">{t('me.whatMatters')}</Heading>
          <Paragraph>{me.whatMattersToMe}</Paragraph>
        </section>
      )}
      {me.currentProgrammes.length > 0 && (
        <section aria-labelledby="my-programmes-heading" className="hh-card">
          <Heading level={2} data-size="sm" id="my-programmes-heading">{t('me.programmes')}</Heading>
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
      {team.isPending && <Loading />}
      {team.isError && <ProblemAlert problem={team.error} />}
      {team.data && <MyTeamSection team={team.data} />}
      <Consents consents={record.data.consents} basePath="/participants/me" refresh={[['me']]} organisations={organisations} plain />
      {log.isPending && <Loading />}
      {log.isError && <ProblemAlert problem={log.error} />}
      {log.data && <AccessLog entries={log.data} nameOf={nameOf} plain />}
    </article>
  );
}

function MyTeamSection({ team }: { team: MyTeam }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-team-heading" className="hh-card">
      <Heading level={2} data-size="sm" id="my-team-heading">{t('me.teamTitle')}</Heading>
      <Heading level={3} data-size="xs">{t('me.coordinator')}</Heading>
      {team.coordinator ? <PersonCard person={team.coordinator} /> : <Paragraph>{t('me.noCoordinator')}</Paragraph>}
      <Heading level={3} data-size="xs">{t('me.members')}</Heading>
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
  return (
    <div className="hh-person-card" data-testid="my-team-person">
      <strong>{person.name}</strong>
      {person.suspended && <> <Tag data-size="sm" data-color="warning">{t('me.paused')}</Tag></>}
      <div>{[person.profession, person.organisationName].filter(Boolean).join(', ')}</div>
      {person.role && <div className="hh-muted">{person.role}</div>}
      {person.phone && <div>{t('me.phone')}: <a href={`tel:${person.phone}`}>{person.phone}</a></div>}
      {person.email && <div>{t('me.email')}: <a href={`mailto:${person.email}`}>{person.email}</a></div>}
    </div>
  );
}
