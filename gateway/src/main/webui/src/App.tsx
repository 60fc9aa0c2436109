import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Loading, ProblemAlert } from './components/States';
import { usePageTitle } from './components/usePageTitle';
import { capabilities, signInHref, useChooseMunicipality, useSession } from './session';
import { municipalityName } from './components/format';
import type { Session } from './api/types';
import { PeoplePage } from './pages/PeoplePage';
import { UnassignedPage } from './pages/UnassignedPage';
import { RegisterPersonPage } from './pages/RegisterPersonPage';
import { PersonPage } from './pages/PersonPage';
import { OverviewPage } from './pages/OverviewPage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { ProfessionalsPage } from './pages/ProfessionalsPage';
import { MyPage } from './pages/MyPage';
import { NotFoundPage } from './pages/NotFoundPage';

/** Who is signed in decides what the app shows: sign-in, municipality choice, or the pages of their roles. */
export function App() {
  const session = useSession();
  if (session.isPending) return <Layout session={null}><Loading /></Layout>;
  if (session.isError) return <Layout session={null}><ProblemAlert problem={session.error} /></Layout>;
  const current = session.data;
  if (!current) return <Layout session={null}><SignInPage /></Layout>;
  if (!current.activeMunicipality && !capabilities(current).participant) {
    return <Layout session={current}><ChooseMunicipalityPage session={current} /></Layout>;
  }
  return (
    <Layout session={current}>
      <Routes>
        <Route path="/" element={<Navigate to={home(current)} replace />} />
        <Route path="/people" element={<PeoplePage />} />
        <Route path="/people/unassigned" element={<UnassignedPage />} />
        <Route path="/people/new" element={<RegisterPersonPage />} />
        <Route path="/people/:id" element={<PersonPage session={current} />} />
        <Route path="/people/:id/overview" element={<OverviewPage />} />
        <Route path="/admin/organisations" element={<OrganisationsPage />} />
        <Route path="/admin/professionals" element={<ProfessionalsPage />} />
        <Route path="/me" element={<MyPage />} />
        <Route path="/welcome" element={<WelcomePage session={current} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}

function home(session: Session): string {
  const can = capabilities(session);
  if (can.participant) return '/me';
  if (can.caseworker) return '/people';
  if (can.admin) return '/admin/organisations';
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
