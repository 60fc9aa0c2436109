import { useQuery } from '@tanstack/react-query';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { CollaborationAgreement, Meeting, MyAction, MyMeetings, MyPlans, Plan } from '../../../shared/api/types';

/** The agreements API as the UI reads it: the plan and meetings of a person, one's own actions, the person's own view. */

export const usePlan = (participantId: string) =>
  useQuery<Plan, ApiProblem>({ queryKey: ['plan', participantId], queryFn: () => api(`/agreements/participants/${participantId}/plan`) });

export const useMeetings = (participantId: string) =>
  useQuery<Meeting[], ApiProblem>({ queryKey: ['meetings', participantId], queryFn: () => firstPage(`/agreements/participants/${participantId}/meetings`) });

export const useMyActions = () =>
  useQuery<MyAction[], ApiProblem>({ queryKey: ['my-actions'], queryFn: () => firstPage('/agreements/actions/mine') });

export const useMyPlans = () =>
  useQuery<MyPlans, ApiProblem>({ queryKey: ['me', 'plan'], queryFn: () => api('/agreements/me/plan') });

export const useMyMeetings = () =>
  useQuery<MyMeetings, ApiProblem>({ queryKey: ['me', 'meetings'], queryFn: () => api('/agreements/me/meetings') });

export const useCollaborationAgreements = () =>
  useQuery<CollaborationAgreement[], ApiProblem>({ queryKey: ['collaboration-agreements'], queryFn: () => firstPage('/agreements/collaboration-agreements') });

/** Every query key a change to a person's plan makes stale in this service. */
export const planKeys = (participantId: string) => [['plan', participantId], ['meetings', participantId], ['my-actions']];
