import { useQueries, useQuery, type QueryKey } from '@tanstack/react-query';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { AccessLogEntry, Consent, Enrolment, MyRecords, NetworkPerson, Participant } from '../../../shared/api/types';

/** The participants API as the UI reads it: one query per resource, so that caches are shared and refreshed together. */

export const useParticipant = (id: string) =>
  useQuery<Participant, ApiProblem>({ queryKey: ['participant', id], queryFn: () => api(`/participants/${id}`) });

/** Names for lists that carry only ids (topics and caseloads hold no names; the client composes). */
export function useParticipants(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['participant', id] as QueryKey, queryFn: () => api<Participant>(`/participants/${id}`), staleTime: 60_000 })),
    combine: (results) => {
      const byId = new Map<string, Participant>();
      const unavailable = new Set<string>();
      results.forEach((result, index) => {
        if (result.data) byId.set(result.data.id, result.data);
        if (result.isError) unavailable.add(ids[index]);
      });
      return { byId, unavailable, pending: results.some((result) => result.isPending) };
    },
  });
}

/** A person's name in a list: loading while it is, and said so when it cannot be had (no longer there, not to be seen). */
export function nameIn(people: { byId: Map<string, Participant>; unavailable: Set<string> }, id: string, t: (key: 'people.nameLoading' | 'people.nameUnavailable') => string): string {
  return people.byId.get(id)?.name ?? (people.unavailable.has(id) ? t('people.nameUnavailable') : t('people.nameLoading'));
}

export const useProgrammes = (id: string) =>
  useQuery<Enrolment[], ApiProblem>({ queryKey: ['programmes', id], queryFn: () => firstPage(`/participants/${id}/programmes`) });

export const useNetwork = (id: string) =>
  useQuery<NetworkPerson[], ApiProblem>({ queryKey: ['network', id], queryFn: () => firstPage(`/participants/${id}/network`) });

export const useConsents = (id: string) =>
  useQuery<Consent[], ApiProblem>({ queryKey: ['consents', id], queryFn: () => firstPage(`/participants/${id}/consents`) });

export const useAccessLog = (id: string) =>
  useQuery<AccessLogEntry[], ApiProblem>({ queryKey: ['access-log', id], queryFn: () => firstPage(`/participants/${id}/access-log`) });

export const useMyRecords = () =>
  useQuery<MyRecords, ApiProblem>({ queryKey: ['me'], queryFn: () => api('/participants/me') });

export const useMyAccessLog = () =>
  useQuery<AccessLogEntry[], ApiProblem>({ queryKey: ['me', 'access-log'], queryFn: () => firstPage('/participants/me/access-log') });

