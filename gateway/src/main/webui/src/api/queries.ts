import { useMutation, useQueries, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api, ApiProblem } from './http';
import type {
  AccessLogEntry, CaseloadEntry, Consent, Enrolment, MyRecords, MyTeams, NetworkPerson, Organisation, Page, Participant,
  Professional, Team,
} from './types';

/** The queries and changes of the UI, one place per resource so that caches are shared and refreshed together. */

export const useParticipant = (id: string) =>
  useQuery<Participant, ApiProblem>({ queryKey: ['participant', id], queryFn: () => api(`/participants/${id}`) });

/** Names for lists that carry only ids (topics and caseloads hold no names; the client composes). */
export function useParticipants(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['participant', id] as QueryKey, queryFn: () => api<Participant>(`/participants/${id}`), staleTime: 60_000 })),
    combine: (results) => {
      const byId = new Map<string, Participant>();
      results.forEach((result) => result.data && byId.set(result.data.id, result.data));
      return { byId, pending: results.some((result) => result.isPending) };
    },
  });
}

/**
 * Names for a caseload: one page of the people the caller may see (for a coordinator that is about
 * the caseload itself), then single reads only for those not on it — a busy caseload costs one
 * request instead of one per person, and stays under the gateway's rate limit.
 */
export function useCaseloadNames(ids: string[]) {
  const visible = useQuery<Page<Participant>, ApiProblem>({
    queryKey: ['participants', 'visible'],
    queryFn: () => api('/participants?size=200&sort=name'),
    enabled: ids.length > 0,
    staleTime: 60_000,
  });
  const listed = new Map((visible.data?.items ?? []).map((person) => [person.id, person] as const));
  const settled = visible.isSuccess || visible.isError;
  const missing = settled ? ids.filter((id) => !listed.has(id)) : [];
  const singles = useParticipants(missing);
  singles.byId.forEach((person, id) => listed.set(id, person));
  return { byId: listed, pending: !settled || singles.pending };
}

export const useCaseload = () =>
  useQuery<CaseloadEntry[], ApiProblem>({ queryKey: ['caseload'], queryFn: () => api('/coordinators/caseload') });

export const useUnassigned = (page: number) =>
  useQuery<Page<CaseloadEntry>, ApiProblem>({ queryKey: ['unassigned', page], queryFn: () => api(`/coordinators/caseload/unassigned?page=${page}&size=20`) });

export const useProgrammes = (id: string) =>
  useQuery<Enrolment[], ApiProblem>({ queryKey: ['programmes', id], queryFn: () => api(`/participants/${id}/programmes`) });

export const useNetwork = (id: string) =>
  useQuery<NetworkPerson[], ApiProblem>({ queryKey: ['network', id], queryFn: () => api(`/participants/${id}/network`) });

export const useConsents = (id: string) =>
  useQuery<Consent[], ApiProblem>({ queryKey: ['consents', id], queryFn: () => api(`/participants/${id}/consents`) });

export const useAccessLog = (id: string) =>
  useQuery<AccessLogEntry[], ApiProblem>({ queryKey: ['access-log', id], queryFn: () => api(`/participants/${id}/access-log`) });

export const useTeam = (id: string) =>
  useQuery<Team, ApiProblem>({ queryKey: ['team', id], queryFn: () => api(`/coordinators/participants/${id}/team`) });

export const useOrganisations = () =>
  useQuery<Organisation[], ApiProblem>({ queryKey: ['organisations'], queryFn: () => api('/coordinators/organisations'), staleTime: 300_000 });

export const useProfessionals = () =>
  useQuery<Professional[], ApiProblem>({ queryKey: ['professionals'], queryFn: () => api('/coordinators/professionals'), staleTime: 300_000 });

export const useMyRecords = () =>
  useQuery<MyRecords, ApiProblem>({ queryKey: ['me'], queryFn: () => api('/participants/me') });

export const useMyAccessLog = () =>
  useQuery<AccessLogEntry[], ApiProblem>({ queryKey: ['me', 'access-log'], queryFn: () => api('/participants/me/access-log') });

export const useMyTeams = () =>
  useQuery<MyTeams, ApiProblem>({ queryKey: ['me', 'team'], queryFn: () => api('/coordinators/me/team') });

/** A change through the API that, once done, refreshes the named caches. */
export function useChange<Input, Output = unknown>(send: (input: Input) => Promise<Output>, refresh: QueryKey[]) {
  const client = useQueryClient();
  return useMutation<Output, ApiProblem, Input>({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
