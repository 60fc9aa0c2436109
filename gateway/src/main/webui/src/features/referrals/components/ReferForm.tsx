import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { CATEGORIES, type Category, type Participant, type ReferralsInput } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { usePlan } from '../../agreements/api/queries';
import { useConsents } from '../../participants/api/queries';
import { useMeAsProfessional, useOrganisations, useTeam } from '../../coordinators/api/queries';
import { referralKeys, useDirectory } from '../api/queries';

/**
 * Refer the person: find the service in the directory, say why, choose what to share (basic always) and see the consent it
 * relies on, pick what of the plan goes with it; send it now or keep it as a draft. The receiver reads the handover once
 * they accept.
 */
export function ReferForm({ person, onDone }: { person: Participant; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [text, setText] = useState('');
  const [search, setSearch] = useState(new URLSearchParams());
  const services = useDirectory(search);
  const plan = usePlan(person.id);
  const consents = useConsents(person.id);
  const me = useMeAsProfessional();
  const team = useTeam(person.id);
  const organisations = useOrganisations();
  const mine = me.data?.organisationIds ?? [];
  const [chosenFrom, setFrom] = useState('');
  // Several organisations: the sender says which one sends, preselected as the service would choose — the one they are on
  // the person's team for, then the one they coordinate her for.
  const memberFor = team.data?.members.find((member) => member.professionalId === me.data?.id)?.organisationId;
  const preferred = [memberFor, team.data?.coordinator?.organisationId].find((id) => id !== undefined && mine.includes(id));
  const from = chosenFrom || preferred || mine[0] || '';
  const [serviceId, setServiceId] = useState('');
  const [reason, setReason] = useState('');
  const [categories, setCategories] = useState<Category[]>(['basic']);
  const [summary, setSummary] = useState('');
  const [withWhatMatters, setWithWhatMatters] = useState(Boolean(person.whatMattersToMe));
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const [actionIds, setActionIds] = useState<string[]>([]);
  const service = services.data?.find((candidate) => candidate.id === serviceId);
  const goals = (plan.data?.goals ?? []).filter((goal) => categories.includes(goal.category) && goal.status !== 'cancelled');
  const actions = (plan.data?.actions ?? []).filter((action) => categories.includes(action.category) && (action.status === 'planned' || action.status === 'in-progress'));
  const covering = (consents.data ?? []).filter((consent) => consent.status === 'active' && consent.receiver.type === 'organisation'
    && consent.receiver.organisationId === service?.organisationId);
  const covered = new Set(covering.flatMap((consent) => consent.categories));
  const uncovered = categories.filter((category) => !covered.has(category));

  const refer = useChange((send: boolean) => api('/referrals', {
    method: 'POST',
    body: {
      participantId: person.id, serviceId, reason, categories, send, fromOrganisationId: mine.length > 1 && from ? from : undefined,
      handover: {
        summary: summary.trim() || undefined, whatMattersToMe: withWhatMatters ? person.whatMattersToMe : undefined,
        languages: person.preferredLanguages, interpreterNeeded: person.interpreterNeeded, interpreterLanguage: person.interpreterLanguage,
        goals: goals.filter((goal) => goalIds.includes(goal.id)).map((goal) => ({
          goalId: goal.id, lifeArea: goal.lifeArea, category: goal.category, description: goal.description, status: goal.status, targetDate: goal.targetDate,
        })),
        actions: actions.filter((action) => actionIds.includes(action.id)).map((action) => ({
          actionId: action.id, category: action.category, what: action.description, status: action.status, dueDate: action.dueDate,
        })),
      },
    } satisfies ReferralsInput['ReferralInput'],
  }), referralKeys);

  return (
    <form className="hh-form hh-card" aria-labelledby="refer-heading" onSubmit={(event) => {
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
      refer.mutate(submitter?.value !== 'draft', { onSuccess: onDone });
    }}>
      <Heading level={3} data-size="sm" id="refer-heading">{t('referrals.referNamed', { name: person.name })}</Heading>
      <div className="hh-inline-form" role="search">
        <Textfield id="refer-search" label={t('referrals.findService')} value={text} onChange={(event) => setText(event.target.value)}
                   onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); setSearch(new URLSearchParams(text.trim() ? { q: text.trim() } : {})); } }} />
        <Button type="button" variant="secondary" onClick={() => setSearch(new URLSearchParams(text.trim() ? { q: text.trim() } : {}))}>{t('directory.find')}</Button>
      </div>
      {services.isPending && <Loading />}
      {services.isError && <ProblemAlert problem={services.error} />}
      {services.isSuccess && services.data.length === 0 && <Empty>{t('directory.empty')}</Empty>}
      {services.isSuccess && services.data.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('referrals.service')}</Fieldset.Legend>
          {services.data.slice(0, 20).map((candidate) => (
            <Radio key={candidate.id} name="refer-service" value={candidate.id} checked={serviceId === candidate.id}
                   label={`${candidate.name} — ${candidate.provider}`}
                   description={candidate.waitingDays != null ? t('referrals.usualWait', { count: candidate.waitingDays }) : undefined}
                   onChange={() => setServiceId(candidate.id)} />
          ))}
        </Fieldset>
      )}
      {mine.length > 1 && (
        <Field>
          <Label htmlFor="refer-from">{t('referrals.fromLabel')}</Label>
          <Select id="refer-from" value={from} onChange={(event) => setFrom(event.target.value)}>
            {mine.map((id) => <option key={id} value={id}>{organisations.data?.find((organisation) => organisation.id === id)?.name ?? id}</option>)}
          </Select>
        </Field>
      )}
      <Textfield id="refer-reason" multiline rows={3} label={t('referrals.reason')} description={t('referrals.reasonHelp')} required
                 value={reason} error={fieldError(refer.error, 'reason')} onChange={(event) => setReason(event.target.value)} />
      <Fieldset>
        <Fieldset.Legend>{t('referrals.shares')}</Fieldset.Legend>
        <Fieldset.Description>{t('referrals.sharesHelp')}</Fieldset.Description>
        <div className="hh-checkbox-grid">
          {CATEGORIES.map((category) => (
            <Checkbox key={category} label={t(`category.${category}`)} checked={categories.includes(category)} disabled={category === 'basic'}
                      onChange={(event) => setCategories(event.target.checked ? [...categories, category] : categories.filter((other) => other !== category))} />
          ))}
        </div>
      </Fieldset>
      {service && (uncovered.length === 0
        ? <Alert data-color="success">{t('referrals.consentCovers', { organisation: service.provider, until: formatDate(covering[0]?.validTo) })}</Alert>
        : <Alert data-color="warning">{t('referrals.consentMissing', { organisation: service.provider, categories: uncovered.map((category) => t(`category.${category}`)).join(', ') })}</Alert>)}
      <Fieldset>
        <Fieldset.Legend>{t('referrals.handover')}</Fieldset.Legend>
        <Fieldset.Description>{t('referrals.handoverHelp')}</Fieldset.Description>
        <Textfield id="refer-summary" multiline rows={3} label={t('referrals.summary')} value={summary} onChange={(event) => setSummary(event.target.value)} />
        {person.whatMattersToMe && <Checkbox label={t('referrals.withWhatMatters')} checked={withWhatMatters} onChange={(event) => setWithWhatMatters(event.target.checked)} />}
        <Paragraph data-size="sm">{person.interpreterNeeded ? t('referrals.interpreterIn', { language: person.interpreterLanguage ?? '' }) : t('referrals.noInterpreter')}</Paragraph>
        {goals.map((goal) => (
          <Checkbox key={goal.id} label={t('referrals.shareGoal', { goal: goal.description })} checked={goalIds.includes(goal.id)}
                    onChange={(event) => setGoalIds(event.target.checked ? [...goalIds, goal.id] : goalIds.filter((id) => id !== goal.id))} />
        ))}
        {actions.map((action) => (
          <Checkbox key={action.id} label={t('referrals.shareAction', { action: action.description })} checked={actionIds.includes(action.id)}
                    onChange={(event) => setActionIds(event.target.checked ? [...actionIds, action.id] : actionIds.filter((id) => id !== action.id))} />
        ))}
      </Fieldset>
      <div className="hh-actions">
        <Button type="submit" value="send" disabled={!serviceId} loading={refer.isPending && refer.variables === true}>{t('referrals.send')}</Button>
        <Button type="submit" value="draft" variant="secondary" disabled={!serviceId} loading={refer.isPending && refer.variables === false}>{t('referrals.saveDraft')}</Button>
        <Button type="button" variant="tertiary" onClick={onDone}>{t('common.cancel')}</Button>
      </div>
      {refer.isError && <ProblemAlert problem={refer.error} />}
    </form>
  );
}
