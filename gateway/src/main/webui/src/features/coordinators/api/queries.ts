import { useQuery } from '@tanstack/react-query';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { CaseloadEntry, MyTeams, Organisation, Page, Participant, Professional, Team } from '../../../shared/api/types';
import { useParticipants } from '../../participants/api/queries';

/** The coordinators API as the UI reads it: one query per resource, so that caches are shared and refreshed together. */

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
  return { byId: listed, unavailable: singles.unavailable, pending: !settled || singles.pending };
}

export const useCaseload = () =>
  useQuery<CaseloadEntry[], ApiProblem>({ queryKey: ['caseload'], queryFn: () => firstPage('/coordinators/caseload') });

export const useUnassigned = (page: number) =>
  useQuery<Page<CaseloadEntry>, ApiProblem>({ queryKey: ['unassigned', page], queryFn: () => api(`/coordinators/caseload/unassigned?page=${page}&size=20`) });

export const useTeam = (id: string) =>
  useQuery<Team, ApiProblem>({ queryKey: ['team', id], queryFn: () => api(`/coordinators/participants/${id}/team`) });

export const useOrganisations = () =>
  useQuery<Organisation[], ApiProblem>({ queryKey: ['organisations'], queryFn: () => firstPage('/coordinators/organisations'), staleTime: 300_000 });

export const useProfessionals = () =>
  useQuery<Professional[], ApiProblem>({ queryKey: ['professionals'], queryFn: () => firstPage('/coordinators/professionals'), staleTime: 300_000 });

/** The signed-in user as a professional: the organisations they act for. */
export const useMeAsProfessional = () =>
  useQuery<Professional, ApiProblem>({ queryKey: ['professionals', 'me'], queryFn: () => api('/coordinators/professionals/me'), staleTime: 300_000 });

export const useMyTeams = () =>
  useQuery<MyTeams, ApiProblem>({ queryKey: ['me', 'team'], queryFn: () => api('/coordinators/me/team') });

