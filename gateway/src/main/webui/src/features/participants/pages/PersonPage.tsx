import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { useAccessLog, useConsents, useParticipant } from '../api/queries';
import { useOrganisations, useProfessionals } from '../../coordinators/api/queries';
import type { Participant, Session } from '../../../shared/api/types';
import { AccessLog } from '../components/AccessLog';
import { Consents } from '../components/Consents';
import { IdentitySection } from '../components/IdentitySection';
import { NetworkSection } from '../components/NetworkSection';
import { ProgrammesSection } from '../components/ProgrammesSection';
import { TeamSection } from '../../coordinators/components/TeamSection';
import { Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { capabilities } from '../../../shared/session';
import { MeetingsTab } from '../../agreements/components/MeetingsTab';
import { PlanTab } from '../../agreements/components/PlanTab';
import { ReferralsTab } from '../../referrals/components/ReferralsTab';

/** The person page's views, each its own address so a plan or a meeting can be linked to. */
export type PersonView = 'person' | 'plan' | 'meetings' | 'referrals';

/** One screen that answers "who is this person and who is around them", and lets the caseworker act on it. */
export function PersonPage({ session, view = 'person' }: { session: Session; view?: PersonView }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = useParticipant(id);
  usePageTitle(person.data?.name ?? t('person.title'));
  const can = capabilities(session);
  const leads = can.coordinator || can.teamLead;

  if (person.isPending) return <Loading />;
  if (person.isError) {
    return (
      <section>
        <Heading level={1} data-size="lg">{t('person.title')}</Heading>
        <ProblemAlert problem={person.error} />
        <Paragraph><Link to="/people">{t('person.back')}</Link></Paragraph>
      </section>
    );
  }
  const data = person.data;
  return (
    <article className="hh-person">
      <div className="hh-title-row">
        <Heading level={1} data-size="lg">{data.name}</Heading>
        <Link to={`/people/${id}/overview`}>{t('person.printOverview')}</Link>
      </div>
      <nav aria-label={t('person.views')} className="hh-subnav">
        <ul>
          <li><NavLink to={`/people/${id}`} end>{t('person.viewPerson')}</NavLink></li>
          <li><NavLink to={`/people/${id}/plan`}>{t('person.viewPlan')}</NavLink></li>
          <li><NavLink to={`/people/${id}/meetings`}>{t('person.viewMeetings')}</NavLink></li>
          <li><NavLink to={`/people/${id}/referrals`}>{t('person.viewReferrals')}</NavLink></li>
        </ul>
      </nav>
      {view === 'plan' && <PlanTab participantId={id} session={session} mayKeep={leads} />}
      {view === 'meetings' && <MeetingsTab participantId={id} session={session} mayKeep={leads} />}
      {view === 'referrals' && <ReferralsTab person={data} mayRefer={can.caseworker} mayMove={leads} />}
      {view === 'person' && <PersonDetails id={id} data={data} session={session} />}
    </article>
  );
}

/** Who the person is and who is around them. */
function PersonDetails({ id, data, session }: { id: string; data: Participant; session: Session }) {
  const { t } = useTranslation();
  const can = capabilities(session);
  const leads = can.coordinator || can.teamLead;
  return (
    <>
      {data.whatMattersToMe && (
        <section aria-labelledby="matters-heading" className="hh-card hh-matters">
          <Heading level={2} data-size="sm" id="matters-heading">{t('person.whatMatters')}</Heading>
          <Paragraph>{data.whatMattersToMe}</Paragraph>
        </section>
      )}
      <div className="hh-grid">
        <IdentitySection person={data} mayReveal={leads} mayChangeNumber={can.coordinator} />
        <ProgrammesSection participantId={id} />
      </div>
      <TeamSection participantId={id} mayChange={leads} />
      <NetworkSection participantId={id} mayChange={data.status === 'active'} />
      <ConsentsForPerson participantId={id} mayDecide={leads} />
      {leads && <AccessLogForPerson participantId={id} />}
    </>
  );
}

/** Consents; recorded and revoked on the person's behalf by their coordinator, deputy or a team lead only (the API decides). */
function ConsentsForPerson({ participantId, mayDecide }: { participantId: string; mayDecide: boolean }) {
  const consents = useConsents(participantId);
  const organisations = useOrganisations();
  if (consents.isPending) return <Loading />;
  if (consents.isError) return <ProblemAlert problem={consents.error} />;
  return (
    <Consents consents={consents.data} basePath={`/participants/${participantId}`}
              refresh={[['consents', participantId]]} follow={[['team', participantId], ['caseload']]}
              organisations={(organisations.data ?? []).map(({ id, name }) => ({ id, name }))} mayDecide={mayDecide} />
  );
}

function AccessLogForPerson({ participantId }: { participantId: string }) {
  const log = useAccessLog(participantId);
  const professionals = useProfessionals();
  if (log.isPending) return <Loading />;
  // Who may read the access log is the service's decision; the section is simply absent for the others.
  if (log.isError) return log.error.status === 404 || log.error.status === 403 ? null : <ProblemAlert problem={log.error} />;
  const nameOf = (subject: string) => professionals.data?.find((professional) => professional.subject === subject)?.name;
  return <AccessLog entries={log.data} nameOf={nameOf} />;
}
