import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from '../shared/components/Layout';
import { Loading, ProblemAlert } from '../shared/components/States';
import { usePageTitle } from '../shared/components/usePageTitle';
import { capabilities, signInHref, useChooseMunicipality, useSession } from '../shared/session';
import { municipalityName } from '../shared/format';
import type { Session } from '../shared/api/types';
import { lazy } from 'react';
import { NotFoundPage } from './NotFoundPage';
import { RoutePage } from './RoutePage';

// Each feature's pages are their own script, fetched when first opened: the person never loads the caseworkers' pages.
const PeoplePage = lazy(() => import('../features/coordinators/pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const UnassignedPage = lazy(() => import('../features/coordinators/pages/UnassignedPage').then((m) => ({ default: m.UnassignedPage })));
const OrganisationsPage = lazy(() => import('../features/coordinators/pages/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })));
const ProfessionalsPage = lazy(() => import('../features/coordinators/pages/ProfessionalsPage').then((m) => ({ default: m.ProfessionalsPage })));
const RegisterPersonPage = lazy(() => import('../features/participants/pages/RegisterPersonPage').then((m) => ({ default: m.RegisterPersonPage })));
const PersonPage = lazy(() => import('../features/participants/pages/PersonPage').then((m) => ({ default: m.PersonPage })));
const OverviewPage = lazy(() => import('../features/participants/pages/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const CollaborationAgreementsPage = lazy(() => import('../features/agreements/pages/CollaborationAgreementsPage').then((m) => ({ default: m.CollaborationAgreementsPage })));
const DirectoryPage = lazy(() => import('../features/referrals/pages/DirectoryPage').then((m) => ({ default: m.DirectoryPage })));
const ReferralsPage = lazy(() => import('../features/referrals/pages/ReferralsPage').then((m) => ({ default: m.ReferralsPage })));
const ReferralPage = lazy(() => import('../features/referrals/pages/ReferralPage').then((m) => ({ default: m.ReferralPage })));
const StatisticsPage = lazy(() => import('../features/statistics/pages/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const MyPage = lazy(() => import('../features/participants/pages/MyPage').then((m) => ({ default: m.MyPage })));

/** Who is signed in decides what the app shows: sign-in, municipality choice, or the pages of their roles. */
export function App() {
  const session = useSession();
  if (session.isPending) return <Layout session={null}><Loading /></Layout>;
  if (session.isError) return <Layout session={null}><ProblemAlert problem={session.error} /></Layout>;
  const current = session.data;
  if (!current) return <Layout session={null}><SignInPage /></Layout>;
  if (!current.activeMunicipality && !capabilities(current).participant && !capabilities(current).platformAdmin) {
    return <Layout session={current}><ChooseMunicipalityPage session={current} /></Layout>;
  }
  const can = capabilities(current);
  return (
    <Layout session={current}>
      <Routes>
        <Route path="/" element={<Navigate to={home(current)} replace />} />
        <Route path="/people" element={<RoutePage allowed={can.caseworker}><PeoplePage /></RoutePage>} />
        <Route path="/people/unassigned" element={<RoutePage allowed={can.teamLead}><UnassignedPage /></RoutePage>} />
        <Route path="/people/new" element={<RoutePage allowed={can.registers}><RegisterPersonPage /></RoutePage>} />
        <Route path="/people/:id" element={<RoutePage allowed={can.caseworker || can.admin}><PersonPage session={current} /></RoutePage>} />
        <Route path="/people/:id/plan" element={<RoutePage allowed={can.caseworker}><PersonPage session={current} view="plan" /></RoutePage>} />
        <Route path="/people/:id/meetings" element={<RoutePage allowed={can.caseworker}><PersonPage session={current} view="meetings" /></RoutePage>} />
        <Route path="/people/:id/referrals" element={<RoutePage allowed={can.caseworker}><PersonPage session={current} view="referrals" /></RoutePage>} />
        <Route path="/referrals" element={<RoutePage allowed={can.caseworker}><ReferralsPage session={current} /></RoutePage>} />
        <Route path="/referrals/:id" element={<RoutePage allowed={can.caseworker}><ReferralPage /></RoutePage>} />
        <Route path="/people/:id/overview" element={<RoutePage allowed={can.caseworker}><OverviewPage /></RoutePage>} />
        <Route path="/directory" element={<RoutePage allowed={can.caseworker || can.admin}><DirectoryPage session={current} /></RoutePage>} />
        <Route path="/admin/organisations" element={<RoutePage allowed={can.admin}><OrganisationsPage /></RoutePage>} />
        <Route path="/admin/professionals" element={<RoutePage allowed={can.admin}><ProfessionalsPage /></RoutePage>} />
        <Route path="/admin/agreements" element={<RoutePage allowed={can.admin}><CollaborationAgreementsPage /></RoutePage>} />
        <Route path="/statistics" element={<RoutePage allowed={can.analyst && !!current.activeMunicipality}><StatisticsPage session={current} /></RoutePage>} />
        <Route path="/statistics/region" element={<RoutePage allowed={can.platformAdmin}><StatisticsPage session={current} region /></RoutePage>} />
        <Route path="/me" element={<RoutePage allowed={can.participant}><MyPage /></RoutePage>} />
        <Route path="/welcome" element={<RoutePage allowed><WelcomePage session={current} /></RoutePage>} />
        <Route path="*" element={<RoutePage allowed><NotFoundPage /></RoutePage>} />
      </Routes>
    </Layout>
  );
}

function home(session: Session): string {
  const can = capabilities(session);
  if (can.participant) return '/me';
  if (can.caseworker) return '/people';
  if (can.admin) return '/admin/organisations';
  if (can.analyst && session.activeMunicipality) return '/statistics';
  if (can.platformAdmin) return '/statistics/region';
  return '/welcome';
}

function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  return (
    <section className="hh-narrow">
      <Heading level={1} data-size="lg">{t('signIn.title')}</Heading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <Button asChild>
        <a href={signInHref()}>{t('signIn.button')}</a>
      </Button>
    </section>
  );
}

function ChooseMunicipalityPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const choose = useChooseMunicipality();
  usePageTitle(t('chooseMunicipality.title'));
  return (
    <section className="hh-narrow">
      <Heading level={1} data-size="lg">{t('chooseMunicipality.title')}</Heading>
      <Paragraph>{t('chooseMunicipality.intro')}</Paragraph>
      {session.municipalities.length === 0 && <Paragraph>{t('chooseMunicipality.none')}</Paragraph>}
      <div className="hh-actions">
        {session.municipalities.map((alias) => (
          <Button key={alias} variant="secondary" onClick={() => choose.mutate(alias)} disabled={choose.isPending}>
            {municipalityName(alias)}
          </Button>
        ))}
      </div>
      {choose.isError && <ProblemAlert problem={choose.error} />}
    </section>
  );
}

/** For roles without screens of their own yet (analyst, platform operator). */
function WelcomePage({ session }: { session: Session }) {
  const { t } = useTranslation();
  usePageTitle(t('welcome.title'));
  return (
    <section className="hh-narrow">
      <Heading level={1} data-size="lg">{t('welcome.title')}</Heading>
      <Paragraph>{t('welcome.noScreens', { roles: session.roles.filter((role) => !role.startsWith('default-') && role !== 'offline_access' && role !== 'uma_authorization').join(', ') })}</Paragraph>
    </section>
  );
}
