import { Button, Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RESPONSIBLES, type ActionStatus, type AgreementsInput, type PlanAction } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { formatDate } from '../../../shared/format';
import { Empty, ProblemAlert } from '../../../shared/components/States';
import { planKeys } from '../api/queries';
import type { useWho } from './useWho';

/** The next steps an action may take from where it stands (the service says the same, and refuses the rest). */
export function nextSteps(status: ActionStatus): Exclude<ActionStatus, 'planned'>[] {
  return status === 'planned' ? ['in-progress', 'done', 'cancelled'] : status === 'in-progress' ? ['done', 'cancelled'] : [];
}

/**
 * The plan's actions grouped by who carries them out (the person, team members, organisations, the network person),
 * overdue first in each group. Whoever keeps the plan moves any of them on; a professional moves their own.
 */
export function ActionList({ participantId, actions, who, mayKeep, mine }: {
  participantId: string; actions: PlanAction[]; who: ReturnType<typeof useWho>; mayKeep: boolean; mine: (action: PlanAction) => boolean;
}) {
  const { t } = useTranslation();
  const move = useChange(({ id, status }: { id: string; status: ActionStatus }) => api(`/agreements/participants/${participantId}/plan/actions/${id}/status`, {
    method: 'PUT', body: { status } satisfies AgreementsInput['ActionStatusChange'],
  }), planKeys(participantId), [['caseload']]);
  if (actions.length === 0) return <Empty>{t('plan.noActions')}</Empty>;
  return (
    <>
      {RESPONSIBLES.map((kind) => {
        const group = actions.filter((action) => action.responsible === kind)
          .sort((a, b) => Number(b.overdue) - Number(a.overdue));
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`actions-${kind}`}>
            <Heading level={4} data-size="2xs" id={`actions-${kind}`}>{t(`responsibleGroup.${kind}`)}</Heading>
            <ul className="hh-plan-list" data-testid={`actions-${kind}`}>
              {group.map((action) => (
                <li key={action.id} className="hh-plan-item" data-testid="action">
                  <div>
                    <strong>{action.description}</strong>
                    {action.overdue && <> <Tag data-color="danger" data-size="sm">{t('plan.overdue')}</Tag></>}
                    <div className="hh-muted">
                      {who.whoDoes(action)} · {action.dueDate ? t('plan.due', { date: formatDate(action.dueDate) }) : t('plan.noDue')}
                      {' · '}{t(`actionStatus.${action.status}`)}
                    </div>
                  </div>
                  {(mayKeep || mine(action)) && nextSteps(action.status).length > 0 && (
                    <div className="hh-actions hh-tight">
                      {nextSteps(action.status).filter((step) => mayKeep || step !== 'cancelled').map((step) => (
                        <Button key={step} variant={step === 'done' ? 'primary' : 'tertiary'} data-size="sm"
                                onClick={() => move.mutate({ id: action.id, status: step })}
                                aria-label={t(`actionStep.${step}Named`, { what: action.description })}>
                          {t(`actionStep.${step}`)}
                        </Button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {move.isError && <ProblemAlert problem={move.error} />}
    </>
  );
}
