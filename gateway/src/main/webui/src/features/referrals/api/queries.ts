import { useQuery } from '@tanstack/react-query';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { DirectoryService, Referral, TransitionTask } from '../../../shared/api/types';

/** The referrals API as the UI reads it. */

/** The directory searched as the address says (q, lifeArea, language). */
export const useDirectory = (search: URLSearchParams) =>
  useQuery<DirectoryService[], ApiProblem>({
    queryKey: ['directory', search.toString()],
    queryFn: () => firstPage(`/referrals/services${search.toString() ? '?' + search.toString() : ''}`),
  });

/** A person's referrals the caller may see, newest first. */
export const usePersonReferrals = (participantId: string) =>
  useQuery<Referral[], ApiProblem>({ queryKey: ['referrals', 'person', participantId], queryFn: () => firstPage(`/referrals?participantId=${participantId}`) });

/** One referral with its timeline (and the handover, where the caller's side may see it). */
export const useReferral = (id: string) =>
  useQuery<Referral, ApiProblem>({ queryKey: ['referrals', 'one', id], queryFn: () => api(`/referrals/${id}`) });

/** The inbox (to my services) or the outbox (sent by me), open ones unless {@code closed}. */
export const useReferralBox = (box: 'inbox' | 'outbox', scope: 'mine' | 'organisation', closed: boolean) =>
  useQuery<Referral[], ApiProblem>({
    queryKey: ['referrals', box, scope, closed],
    queryFn: () => firstPage(`/referrals/${box}?scope=${scope}${closed ? '&closed=true' : ''}`),
  });

/** Every cache a referral's step makes stale here; the team (coordinators) follows an acceptance by event. */
export const referralKeys = [['referrals']];

/** A person's transition tasks (due ones first). */
export const useTransitions = (participantId: string) =>
  useQuery<TransitionTask[], ApiProblem>({ queryKey: ['referrals', 'transitions', participantId], queryFn: () => firstPage(`/referrals/transitions?participantId=${participantId}`) });
