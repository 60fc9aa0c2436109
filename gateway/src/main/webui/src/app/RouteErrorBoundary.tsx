import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/**
 * Keeps a rendering error inside the page it happened on: the person sees a message in their language and a way
 * back, the menu stays, and moving to another address clears it. Without it one bad value (a date outside
 * JavaScript's range) turns the whole app white.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary resetKey={location.pathname}>{children}</Boundary>;
}

class Boundary extends Component<{ resetKey: string; children: ReactNode }, { failed: boolean; resetKey: string }> {
  state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; resetKey: string }) {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // The console only: no personal data leaves the browser, and the error names no person.
    console.error('A page failed to render', error.name, info.componentStack?.split('\n')[1]?.trim());
  }

  render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <section>
      <Heading level={1} data-size="lg">{t('pageFailed.title')}</Heading>
      <Alert data-color="danger" role="alert">
        <Paragraph>{t('pageFailed.text')}</Paragraph>
      </Alert>
      <Paragraph><Link to="/">{t('pageFailed.home')}</Link></Paragraph>
    </section>
  );
}
