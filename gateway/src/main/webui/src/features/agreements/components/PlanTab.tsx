import { Button, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, LIFE_AREAS, type AgreementsInput, type Category, type Goal, type GoalStatus, type LifeArea, type Session } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { formatDate } from '../../../shared/format';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { useProfessionals } from '../../coordinators/api/queries';
import { planKeys, usePlan } from '../api/queries';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';
import { PaperButton } from './PaperButton';
import { ProgressLine } from './ProgressLine';
import { useWho } from './useWho';

/** Where a goal may go next (the service refuses the rest with 409). */
function goalSteps(status: GoalStatus): GoalStatus[] {
  return status === 'proposed' ? ['active', 'cancelled'] : status === 'active' ? ['achieved', 'not-achieved', 'cancelled'] : [];
}

/**
 * The person's shared plan as the caller may see it: their own goal, the goals per life area with progress as a line, and
 * the agreed actions by who carries them out. The coordinator, the deputy and a team lead keep it ({@code mayKeep}).
 */
export function PlanTab({ participantId, session, mayKeep }: { participantId: string; session: Session; mayKeep: boolean }) {
  const { t } = useTranslation();
  const plan = usePlan(participantId);
  const who = useWho(participantId);
  const professionals = useProfessionals();
  const myIds = new Set((professionals.data ?? []).filter((professional) => professional.subject === session.subject).map(({ id }) => id));
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert problem={plan.error} />;
  const base = `/agreements/participants/${participantId}/plan`;
  return (
    <div data-testid="plan">
      <div className="hh-title-row">
        <Heading level={2} data-size="md">{t('plan.title')}</Heading>
        <PaperButton path={base} label={t('plan.pdf')} />
      </div>
      <OwnGoal participantId={participantId} ownGoal={plan.data.ownGoal} mayKeep={mayKeep} />

      <section aria-labelledby="goals-heading" className="hh-card">
        <Heading level={3} data-size="sm" id="goals-heading">{t('plan.goals')}</Heading>
        {plan.data.goals.length === 0 && <Empty>{t('plan.noGoals')}</Empty>}
        <ul className="hh-plan-list">
          {plan.data.goals.map((goal) => <GoalItem key={goal.id} participantId={participantId} goal={goal} mayKeep={mayKeep} />)}
        </ul>
        {mayKeep && <NewGoal participantId={participantId} />}
      </section>

      <section aria-labelledby="actions-heading" className="hh-card">
        <Heading level={3} data-size="sm" id="actions-heading">{t('plan.actions')}</Heading>
        <ActionList participantId={participantId} actions={plan.data.actions} who={who} mayKeep={mayKeep}
                    mine={(action) => action.responsible === 'team-member' && !!action.responsibleId && myIds.has(action.responsibleId)} />
        {mayKeep && <ActionForm participantId={participantId} path={`${base}/actions`} goals={plan.data.goals} who={who}
                                title={t('plan.agreeAction')} submit={t('plan.agreeButton')} idPrefix="agree" />}
      </section>
    </div>
  );
}

function OwnGoal({ participantId, ownGoal, mayKeep }: { participantId: string; ownGoal?: string | null; mayKeep: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(ownGoal ?? '');
  const save = useChange(() => api(`/agreements/participants/${participantId}/plan/own-goal`, {
    method: 'PUT', body: { ownGoal: text } satisfies AgreementsInput['OwnGoal'],
  }), planKeys(participantId));
  return (
    <section aria-labelledby="own-goal-heading" className="hh-card hh-matters">
      <Heading level={3} data-size="sm" id="own-goal-heading">{t('plan.ownGoal')}</Heading>
      {!editing && <Paragraph data-testid="own-goal">{ownGoal || <span className="hh-empty">{t('plan.noOwnGoal')}</span>}</Paragraph>}
      {mayKeep && !editing && <Button variant="secondary" data-size="sm" onClick={() => { setText(ownGoal ?? ''); setEditing(true); }}>{t('plan.writeOwnGoal')}</Button>}
      {editing && (
        <form className="hh-form" onSubmit={(event) => { event.preventDefault(); save.mutate(undefined, { onSuccess: () => setEditing(false) }); }}>
          <Textfield id="own-goal-text" multiline rows={3} label={t('plan.ownGoalLabel')} description={t('plan.ownGoalHelp')} value={text}
                     onChange={(event) => setText(event.target.value)} />
          <div className="hh-actions">
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
            <Button variant="tertiary" onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </div>
          {save.isError && <ProblemAlert problem={save.error} />}
        </form>
      )}
    </section>
  );
}

function GoalItem({ participantId, goal, mayKeep }: { participantId: string; goal: Goal; mayKeep: boolean }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState('');
  const [note, setNote] = useState('');
  const goalPath = `/agreements/participants/${participantId}/plan/goals/${goal.id}`;
  const move = useChange((status: GoalStatus) => api(goalPath, {
    method: 'PUT', body: { description: goal.description, targetDate: goal.targetDate, status } satisfies AgreementsInput['GoalRevision'],
  }), planKeys(participantId));
  const record = useChange(() => api(`${goalPath}/progress`, {
    method: 'POST', body: { rating: rating ? Number(rating) : undefined, note: note || undefined } satisfies AgreementsInput['ProgressInput'],
  }), planKeys(participantId));
  const notes = goal.progress.filter((entry) => entry.note).slice(-3).reverse();
  return (
    <li className="hh-plan-item hh-goal" data-testid="goal">
      <div>
        <Tag data-size="sm" data-color="info">{t(`lifeArea.${goal.lifeArea}`)}</Tag>{' '}
        <strong>{goal.description}</strong>{' '}
        <Tag data-size="sm" data-color={goal.status === 'achieved' ? 'success' : goal.status === 'active' ? 'accent' : 'neutral'}>{t(`goalStatus.${goal.status}`)}</Tag>
        <div className="hh-muted">
          {goal.targetDate ? t('plan.target', { date: formatDate(goal.targetDate) }) : t('plan.noTarget')} · {t(`category.${goal.category}`)}
        </div>
        <ProgressLine progress={goal.progress} />
        {notes.length > 0 && (
          <ul className="hh-plain-list hh-muted">
            {notes.map((entry) => <li key={entry.id}>{formatDate(entry.recordedAt)}: {entry.note}</li>)}
          </ul>
        )}
      </div>
      <form className="hh-inline-form" aria-label={t('plan.progressFor', { goal: goal.description })} onSubmit={(event) => {
        event.preventDefault();
        record.mutate(undefined, { onSuccess: () => { setRating(''); setNote(''); } });
      }}>
        <Field>
          <Label htmlFor={`rating-${goal.id}`}>{t('plan.rating')}</Label>
          <Select id={`rating-${goal.id}`} value={rating} onChange={(event) => setRating(event.target.value)}>
            <option value="">–</option>
            {Array.from({ length: 10 }, (_, i) => i + 1).map((value) => <option key={value} value={value}>{value}</option>)}
          </Select>
        </Field>
        <Textfield id={`note-${goal.id}`} label={t('plan.note')} value={note} onChange={(event) => setNote(event.target.value)} />
        <Button type="submit" variant="secondary" data-size="sm" loading={record.isPending} disabled={!rating && !note}>{t('plan.recordProgress')}</Button>
      </form>
      {mayKeep && goalSteps(goal.status).length > 0 && (
        <div className="hh-actions hh-tight">
          {goalSteps(goal.status).map((step) => (
            <Button key={step} variant="tertiary" data-size="sm" onClick={() => move.mutate(step)}
                    aria-label={t('plan.goalStepNamed', { status: t(`goalStatus.${step}`), goal: goal.description })}>
              {t('plan.goalStep', { status: t(`goalStatus.${step}`) })}
            </Button>
          ))}
        </div>
      )}
      {(record.isError || move.isError) && <ProblemAlert problem={record.error ?? move.error} />}
    </li>
  );
}

function NewGoal({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [lifeArea, setLifeArea] = useState<LifeArea>('work');
  const [category, setCategory] = useState<Category>('plan');
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const add = useChange(() => api(`/agreements/participants/${participantId}/plan/goals`, {
    method: 'POST', body: { lifeArea, category, description, targetDate: targetDate || undefined } satisfies AgreementsInput['GoalInput'],
  }), planKeys(participantId));
  return (
    <form className="hh-form hh-subform" aria-labelledby="new-goal-heading" onSubmit={(event) => {
      event.preventDefault();
      add.mutate(undefined, { onSuccess: () => { setDescription(''); setTargetDate(''); } });
    }}>
      <Heading level={4} data-size="xs" id="new-goal-heading">{t('plan.newGoal')}</Heading>
      <Textfield id="goal-description" label={t('plan.goalDescription')} description={t('plan.goalDescriptionHelp')} required value={description}
                 error={fieldError(add.error, 'description')} onChange={(event) => setDescription(event.target.value)} />
      <div className="hh-row">
        <Field>
          <Label htmlFor="goal-area">{t('plan.lifeArea')}</Label>
          <Select id="goal-area" value={lifeArea} onChange={(event) => setLifeArea(event.target.value as LifeArea)}>
            {LIFE_AREAS.map((area) => <option key={area} value={area}>{t(`lifeArea.${area}`)}</option>)}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="goal-category">{t('plan.category')}</Label>
          <Select id="goal-category" value={category} onChange={(event) => setCategory(event.target.value as Category)}>
            {CATEGORIES.map((code) => <option key={code} value={code}>{t(`category.${code}`)}</option>)}
          </Select>
        </Field>
        <Textfield id="goal-target" type="date" label={t('plan.targetDate')} value={targetDate} error={fieldError(add.error, 'targetDate')}
                   onChange={(event) => setTargetDate(event.target.value)} />
      </div>
      <Button type="submit" loading={add.isPending}>{t('plan.proposeGoal')}</Button>
      {add.isError && !add.error.errors.length && <ProblemAlert problem={add.error} />}
    </form>
  );
}

