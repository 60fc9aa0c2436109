import { Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, RESPONSIBLES, type AgreementsInput, type Category, type Goal, type Responsible } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { planKeys } from '../api/queries';
import type { useWho } from './useWho';

/**
 * One binding agreement: what, who carries it out, by when, for which goal, in which category (who on the team sees it).
 * The same form agrees an action on the plan and turns a meeting's decision into one ({@code path}).
 */
export function ActionForm({ participantId, path, goals, who, title, submit, idPrefix }: {
  participantId: string; path: string; goals: Goal[]; who: ReturnType<typeof useWho>; title: string; submit: string; idPrefix: string;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<Category>('plan');
  const [responsible, setResponsible] = useState<Responsible>('person');
  const [responsibleId, setResponsibleId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [goalId, setGoalId] = useState('');
  const agree = useChange(() => api(path, {
    method: 'POST',
    body: {
      description, category, responsible, responsibleId: responsible === 'person' ? undefined : responsibleId || undefined,
      dueDate: dueDate || undefined, goalId: goalId || undefined,
    } satisfies AgreementsInput['ActionInput'],
  }), planKeys(participantId), [['caseload']]);
  const choices = who.choicesFor(responsible);
  return (
    <form className="hh-form hh-subform" aria-labelledby={`${idPrefix}-heading`} onSubmit={(event) => {
      event.preventDefault();
      agree.mutate(undefined, { onSuccess: () => { setDescription(''); setDueDate(''); setGoalId(''); } });
    }}>
      <Heading level={3} data-size="xs" id={`${idPrefix}-heading`}>{title}</Heading>
      <Textfield id={`${idPrefix}-description`} label={t('plan.actionDescription')} required value={description}
                 error={fieldError(agree.error, 'description')} onChange={(event) => setDescription(event.target.value)} />
      <div className="hh-row">
        <Field>
          <Label htmlFor={`${idPrefix}-responsible`}>{t('plan.responsible')}</Label>
          <Select id={`${idPrefix}-responsible`} value={responsible} onChange={(event) => {
            setResponsible(event.target.value as Responsible);
            setResponsibleId('');
          }}>
            {RESPONSIBLES.map((kind) => <option key={kind} value={kind}>{t(`responsibleKind.${kind}`)}</option>)}
          </Select>
        </Field>
        {responsible !== 'person' && (
          <Field>
            <Label htmlFor={`${idPrefix}-whom`}>{t('plan.whom')}</Label>
            <Select id={`${idPrefix}-whom`} required value={responsibleId} onChange={(event) => setResponsibleId(event.target.value)}>
              <option value="">{t('common.choose')}</option>
              {choices.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
            </Select>
          </Field>
        )}
        <Textfield id={`${idPrefix}-due`} type="date" label={t('plan.dueDate')} value={dueDate}
                   error={fieldError(agree.error, 'dueDate')} onChange={(event) => setDueDate(event.target.value)} />
      </div>
      <div className="hh-row">
        <Field>
          <Label htmlFor={`${idPrefix}-goal`}>{t('plan.servesGoal')}</Label>
          <Select id={`${idPrefix}-goal`} value={goalId} onChange={(event) => setGoalId(event.target.value)}>
            <option value="">{t('plan.noGoal')}</option>
            {goals.map((goal) => <option key={goal.id} value={goal.id}>{goal.description}</option>)}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${idPrefix}-category`}>{t('plan.category')}</Label>
          <Select id={`${idPrefix}-category`} value={category} onChange={(event) => setCategory(event.target.value as Category)}>
            {CATEGORIES.map((code) => <option key={code} value={code}>{t(`category.${code}`)}</option>)}
          </Select>
        </Field>
      </div>
      <Button type="submit" loading={agree.isPending}>{submit}</Button>
      {agree.isError && !agree.error.errors.length && <ProblemAlert problem={agree.error} />}
    </form>
  );
}
