import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../shared/api/http';
import { ProblemAlert } from '../../../shared/components/States';

/**
 * Opens a sheet (the plan, a meeting) as the service prints it: a PDF in the UI's language, fetched with the session and
 * shown by the browser's own viewer. A link cannot ask for PDF (Accept), so the page fetches it and opens what came.
 */
export function PaperButton({ path, label }: { path: string; label: string }) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const response = await fetch(`/api/v1${path}${path.includes('?') ? '&' : '?'}lang=${i18n.language}`, { headers: { Accept: 'application/pdf' }, credentials: 'same-origin' });
      if (!response.ok) {
        throw new ApiProblem(response.status, await response.json().catch(() => ({})));
      }
      const url = URL.createObjectURL(await response.blob());
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (failure) {
      setProblem(failure instanceof ApiProblem ? failure : new ApiProblem(0, {}));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => void open()} loading={busy} data-testid="paper">
        {label} <span className="hh-visually-hidden">{t('plan.pdfOpensNew')}</span>
      </Button>
      {problem !== undefined && <ProblemAlert problem={problem} />}
    </>
  );
}
