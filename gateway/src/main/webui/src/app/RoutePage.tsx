import { Suspense, type ReactNode } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../shared/components/States';
import { usePageTitle } from '../shared/components/usePageTitle';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * One route's page: loaded when first opened (its own script), shown only to the roles it is for, and kept
 * inside its own error boundary. The services check the roles again; this only spares people a page of refusals.
 */
export function RoutePage({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      {allowed ? <Suspense fallback={<Loading />}>{children}</Suspense> : <NotForYourRole />}
    </RouteErrorBoundary>
  );
}

function NotForYourRole() {
  const { t } = useTranslation();
  usePageTitle(t('notForRole.title'));
  return (
    <section>
      <Heading level={1} data-size="lg">{t('notForRole.title')}</Heading>
      <Paragraph>{t('notForRole.text')}</Paragraph>
      <Paragraph><Link to="/">{t('notForRole.home')}</Link></Paragraph>
    </section>
  );
}
