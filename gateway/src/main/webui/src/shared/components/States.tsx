import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/http';
import { keyFromCode } from '../i18n';
import { useOnItsWay } from '../api/useChange';

/** Shown while a query loads: announced to screen readers, not only drawn. */
export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="hh-loading">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{what ?? t('common.loading')}</span>
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <Paragraph className="hh-empty">{children}</Paragraph>;
}

/** The message for a refusal in the user's language, keyed by the problem's stable type. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return (problem: unknown): string => {
    if (!(problem instanceof ApiProblem)) return t('problem.unknown');
    const key = keyFromCode('problem', problem.type);
    return i18n.exists(key) ? String(t(key)) : t('problem.status', { status: problem.status });
  };
}

export function ProblemAlert({ problem }: { problem: unknown }) {
  const { t } = useTranslation();
  const text = useProblemText()(problem);
  const requestId = problem instanceof ApiProblem ? problem.requestId : undefined;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{text}</Paragraph>
      {requestId && <Paragraph data-size="sm">{t('problem.requestId', { id: requestId })}</Paragraph>}
    </Alert>
  );
}

/** A field's error from a problem+json answer, in the user's language (the API names a code per field). */
export function useFieldErrorText() {
  const { t, i18n } = useTranslation();
  return (problem: unknown, field: string): string | undefined => {
    if (!(problem instanceof ApiProblem)) return undefined;
    const error = problem.fieldError(field);
    if (!error) return undefined;
    const key = keyFromCode('fieldError', error.code ?? '');
    return error.code && i18n.exists(key) ? String(t(key)) : error.message ?? t('fieldError.invalid');
  };
}

/** Said (and announced) while a change travels to the other services by event: see useChange's follow. */
export function OnItsWay() {
  const { t } = useTranslation();
  const active = useOnItsWay();
  return <div role="status" className="hh-muted">{active ? t('common.onItsWay') : ''}</div>;
}
