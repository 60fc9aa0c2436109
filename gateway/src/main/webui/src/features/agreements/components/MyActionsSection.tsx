import { Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { Loading, ProblemAlert } from '../../../shared/components/States';
import { nameIn, useParticipants } from '../../participants/api/queries';
import { useMyActions } from '../api/queries';

/** The professional's start page: the open actions they carry out for their people, overdue first. */
export function MyActionsSection() {
  const { t } = useTranslation();
  const actions = useMyActions();
  const people = useParticipants([...new Set((actions.data ?? []).map((mine) => mine.participantId))]);
  if (actions.isPending) return <Loading />;
  if (actions.isError) return <ProblemAlert problem={actions.error} />;
  if (actions.data.length === 0) return null;
  return (
    <section aria-labelledby="my-actions-heading" className="hh-card" data-testid="my-actions">
      <Heading level={2} data-size="sm" id="my-actions-heading">{t('myActions.title', { count: actions.data.length })}</Heading>
      <ul className="hh-plan-list">
        {actions.data.map(({ participantId, action }) => (
          <li key={action.id} className="hh-plan-item">
            <div>
              <Link to={`/people/${participantId}/plan`}>{action.description}</Link>
              {action.overdue && <> <Tag data-color="danger" data-size="sm">{t('plan.overdue')}</Tag></>}
              <div className="hh-muted">
                {nameIn(people, participantId, t)} · {action.dueDate ? t('plan.due', { date: formatDate(action.dueDate) }) : t('plan.noDue')}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
