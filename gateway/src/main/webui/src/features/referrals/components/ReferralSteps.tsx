import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { FAILURE_REASONS, REFERRAL_OUTCOMES, REJECTION_REASONS, type Referral, type ReferralStep } from '../../../shared/api/types';
import { ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { referralKeys } from '../api/queries';

/** A step a user takes (a referral is created by writing it, not by a button). */
type UserStep = Exclude<ReferralStep, 'create'>;
const isUserStep = (step: ReferralStep): step is UserStep => step !== 'create';

/** Steps taken with one click; the others ask for a reason, an outcome or words first. */
const ONE_CLICK: UserStep[] = ['request', 'accept', 'start', 'resume'];

/**
 * The steps the caller's side can take now, as the service says ({@code allowedSteps}): one click for those that need
 * nothing more, a small form for a rejection or failure (a reason), a completion (an outcome), a hold or a withdrawal (words).
 */
export function ReferralSteps({ referral, compact = false }: { referral: Referral; compact?: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<UserStep | null>(null);
  const steps = referral.allowedSteps.filter(isUserStep).filter((step) => !compact || step === 'accept' || step === 'reject');
  const oneClick = useChange((step: UserStep) => api(`/referrals/${referral.id}/${step}`, { method: 'POST' }), referralKeys,
    [['team', referral.participantId]]);
  if (steps.length === 0) return null;
  return (
    <div className="hh-referral-steps">
      <div className="hh-actions">
        {steps.map((step) => ONE_CLICK.includes(step) ? (
          <Button key={step} data-size="sm" variant={step === 'accept' || step === 'request' ? 'primary' : 'secondary'}
                  loading={oneClick.isPending && oneClick.variables === step}
                  aria-label={t(`referralStep.${step}Named`, { service: referral.service.name })}
                  onClick={() => oneClick.mutate(step)}>{t(`referralStep.${step}`)}</Button>
        ) : (
          <Button key={step} data-size="sm" variant={step === 'complete' ? 'primary' : 'secondary'} aria-expanded={asking === step}
                  aria-label={t(`referralStep.${step}Named`, { service: referral.service.name })}
                  onClick={() => setAsking(asking === step ? null : step)}>{t(`referralStep.${step}`)}</Button>
        ))}
      </div>
      {oneClick.isError && <ProblemAlert problem={oneClick.error} />}
      {asking && <StepForm referral={referral} step={asking} onDone={() => setAsking(null)} />}
    </div>
  );
}

function StepForm({ referral, step, onDone }: { referral: Referral; step: UserStep; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const codes: { value: string; label: string }[] = step === 'reject' ? REJECTION_REASONS.map((value) => ({ value, label: t(`rejectionReason.${value}`) }))
    : step === 'fail' ? FAILURE_REASONS.map((value) => ({ value, label: t(`failureReason.${value}`) }))
      : step === 'complete' ? REFERRAL_OUTCOMES.map((value) => ({ value, label: t(`referralOutcome.${value}`) })) : [];
  const codeField = step === 'complete' ? 'outcome' : 'reason';
  const take = useChange(() => api(`/referrals/${referral.id}/${step}`, {
    method: 'POST', body: { [codeField]: code || undefined, note: note.trim() || undefined },
  }), referralKeys);
  const id = `referral-${referral.id}-${step}`;
  return (
    <form className="hh-form hh-card" aria-labelledby={`${id}-heading`} onSubmit={(event) => {
      event.preventDefault();
      take.mutate(undefined, { onSuccess: onDone });
    }}>
      <h3 id={`${id}-heading`} className="hh-visually-hidden">{t(`referralStep.${step}Named`, { service: referral.service.name })}</h3>
      {codes.length > 0 && (
        <Field>
          <Label htmlFor={`${id}-code`}>{t(step === 'complete' ? 'referrals.outcome' : 'referrals.why')}</Label>
          <Select id={`${id}-code`} required value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {codes.map(({ value, label }) => <option key={value} value={value}>{label}</option>)}
          </Select>
        </Field>
      )}
      <Textfield id={`${id}-note`} multiline rows={2} label={t('referrals.note')} description={t('referrals.noteHelp')} value={note}
                 required={code === 'other'} error={fieldError(take.error, 'note')} onChange={(event) => setNote(event.target.value)} />
      <div className="hh-actions">
        <Button type="submit" data-size="sm" loading={take.isPending}>{t(`referralStep.${step}`)}</Button>
        <Button type="button" data-size="sm" variant="tertiary" onClick={onDone}>{t('common.cancel')}</Button>
      </div>
      {take.isError && <ProblemAlert problem={take.error} />}
    </form>
  );
}
