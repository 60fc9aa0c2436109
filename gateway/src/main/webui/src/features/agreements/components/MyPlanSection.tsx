import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, AgreementsInput, Goal, Meeting, PlanAction } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { formatDate, formatDateTime } from '../../../shared/format';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';
import { useMyMeetings, useMyPlans } from '../api/queries';
import { PaperButton } from './PaperButton';
import { ProgressLine } from './ProgressLine';

const MINE = [['me', 'plan'], ['me', 'meetings']];

/**
 * The person's own plan in one municipality, in plain words and with large buttons (it must work on a phone at 360 px):
 * their goal, how each goal is going (their own rating), what they and others agreed to do, and their meetings.
 */
export function MyPlanSection({ municipalityId, level }: { municipalityId: string; level: 2 | 3 }) {
  const { t } = useTranslation();
  const plans = useMyPlans();
  const meetings = useMyMeetings();
  if (plans.isPending) return <Loading />;
  if (plans.isError) return <ProblemAlert problem={plans.error} />;
  const plan = plans.data.plans.find((mine) => mine.municipalityId === municipalityId)?.plan;
  if (!plan) return null;
  const sub = (level + 1) as 3 | 4;
  const mine = plan.actions.filter((action) => action.responsible === 'person');
  const others = plan.actions.filter((action) => action.responsible !== 'person');
  const myMeetings = (meetings.data?.meetings ?? []).filter((one) => one.municipalityId === municipalityId).map((one) => one.meeting);
  return (
    <section className="hh-card hh-my-plan" aria-labelledby={`my-plan-${municipalityId}`} data-testid="my-plan">
      <div className="hh-title-row">
        <Heading level={level} data-size="sm" id={`my-plan-${municipalityId}`}>{t('myPlan.title')}</Heading>
        {(plan.goals.length > 0 || plan.actions.length > 0) && (
          <PaperButton path={`/agreements/me/plan?municipalityId=${encodeURIComponent(municipalityId)}`} label={t('myPlan.pdf')} />
        )}
      </div>
      {plan.ownGoal && <Paragraph className="hh-own-goal">{t('myPlan.ownGoal')}: <strong>{plan.ownGoal}</strong></Paragraph>}
      {plan.goals.length === 0 && plan.actions.length === 0 && <Empty>{t('myPlan.empty')}</Empty>}

      {plan.goals.length > 0 && <Heading level={sub} data-size="xs">{t('myPlan.goals')}</Heading>}
      <ul className="hh-plan-list">
        {plan.goals.map((goal) => <MyGoal key={goal.id} goal={goal} />)}
      </ul>

      {mine.length > 0 && <Heading level={sub} data-size="xs">{t('myPlan.yourActions')}</Heading>}
      <ul className="hh-plan-list">
        {mine.map((action) => <MyAction key={action.id} action={action} />)}
      </ul>
      {others.length > 0 && (
        <>
          <Heading level={sub} data-size="xs">{t('myPlan.othersActions')}</Heading>
          <ul className="hh-plan-list">
            {others.map((action) => (
              <li key={action.id} className="hh-plan-item">
                <span>{action.description}</span>
                <span className="hh-muted">{t(`responsibleKind.${action.responsible}`)} · {action.dueDate ? t('plan.due', { date: formatDate(action.dueDate) }) : t('plan.noDue')} · {t(`actionStatus.${action.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <Heading level={sub} data-size="xs">{t('myPlan.meetings')}</Heading>
      {meetings.isError && <ProblemAlert problem={meetings.error} />}
      {meetings.isSuccess && myMeetings.length === 0 && <Empty>{t('myPlan.noMeetings')}</Empty>}
      <ul className="hh-plan-list">
        {myMeetings.map((meeting) => <MyMeeting key={meeting.id} meeting={meeting} />)}
      </ul>
    </section>
  );
}

function MyGoal({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<number>();
  const [note, setNote] = useState('');
  const record = useChange(() => api(`/agreements/me/plan/goals/${goal.id}/progress`, {
    method: 'POST', body: { rating, note: note || undefined } satisfies AgreementsInput['ProgressInput'],
  }), MINE);
  return (
    <li className="hh-plan-item" data-testid="my-goal">
      <div>
        <strong>{goal.description}</strong>
        <div className="hh-muted">{t(`lifeArea.${goal.lifeArea}`)}{goal.targetDate ? ' · ' + t('plan.target', { date: formatDate(goal.targetDate) }) : ''}</div>
        <ProgressLine progress={goal.progress} />
      </div>
      <form onSubmit={(event) => { event.preventDefault(); record.mutate(undefined, { onSuccess: () => { setRating(undefined); setNote(''); } }); }}>
        <fieldset className="hh-rating">
          <legend>{t('myPlan.howIsItGoing')}</legend>
          {Array.from({ length: 10 }, (_, i) => i + 1).map((value) => (
            <Button key={value} type="button" variant={rating === value ? 'primary' : 'secondary'} aria-pressed={rating === value}
                    onClick={() => setRating(value)} aria-label={t('myPlan.ratingNamed', { rating: value })}>{value}</Button>
          ))}
        </fieldset>
        <p className="hh-muted">{t('myPlan.ratingScale')}</p>
        <Textfield id={`my-note-${goal.id}`} label={t('myPlan.note')} value={note} onChange={(event) => setNote(event.target.value)} />
        <div className="hh-actions">
          <Button type="submit" disabled={!rating && !note} loading={record.isPending}>{t('myPlan.save')}</Button>
        </div>
        {record.isSuccess && <Paragraph role="status" data-size="sm">{t('myPlan.saved')}</Paragraph>}
        {record.isError && <ProblemAlert problem={record.error} />}
      </form>
    </li>
  );
}

function MyAction({ action }: { action: PlanAction }) {
  const { t } = useTranslation();
  const move = useChange((status: ActionStatus) => api(`/agreements/me/plan/actions/${action.id}/status`, {
    method: 'PUT', body: { status } satisfies AgreementsInput['ActionStatusChange'],
  }), MINE);
  const open = action.status === 'planned' || action.status === 'in-progress';
  return (
    <li className="hh-plan-item" data-testid="my-action">
      <div>
        <strong>{action.description}</strong>
        <div className="hh-muted">
          {action.dueDate ? t('plan.due', { date: formatDate(action.dueDate) }) : t('plan.noDue')} · {t(`actionStatus.${action.status}`)}
          {action.overdue && <> · <strong>{t('plan.overdue')}</strong></>}
        </div>
      </div>
      {open && (
        <div className="hh-actions">
          {action.status === 'planned' && <Button variant="secondary" onClick={() => move.mutate('in-progress')}
                                                   aria-label={t('myPlan.startedNamed', { what: action.description })}>{t('myPlan.started')}</Button>}
          <Button onClick={() => move.mutate('done')} aria-label={t('myPlan.doneNamed', { what: action.description })}>{t('myPlan.done')}</Button>
        </div>
      )}
      {move.isError && <ProblemAlert problem={move.error} />}
    </li>
  );
}

function MyMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <li className="hh-plan-item" data-testid="my-meeting">
      <div>
        <strong>{t(`meetingKind.${meeting.kind}`)}</strong> · {formatDateTime(meeting.startsAt)}
        {meeting.status !== 'scheduled' && <> · {t(`meetingStatus.${meeting.status}`)}</>}
        {meeting.place && <div>{t('meetings.place')}: {meeting.place}</div>}
        {meeting.videoLink && <div><a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">{t('myPlan.joinVideo')}</a></div>}
        {meeting.agenda.length > 0 && (
          <>
            <div>{t('meetings.agenda')}:</div>
            <ol className="hh-plain-list">{meeting.agenda.map((item, i) => <li key={i}>{item}</li>)}</ol>
          </>
        )}
        {meeting.minutes && (
          <>
            <div>{t('meetings.minutes')}:</div>
            <Paragraph className="hh-prewrap">{meeting.minutes}</Paragraph>
          </>
        )}
      </div>
    </li>
  );
}
