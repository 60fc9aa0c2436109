import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { api, ApiProblem } from './api/http';
import type { Session } from './api/types';

/** Who is signed in (null: nobody). The gateway answers 401 without a session. */
export function useSession() {
  return useQuery<Session | null, ApiProblem>({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        return await api<Session>('/session');
      } catch (problem) {
        if (problem instanceof ApiProblem && problem.status === 401) return null;
        throw problem;
      }
    },
    staleTime: 60_000,
  });
}

/** Makes another of the user's municipalities the active one; everything cached belonged to the old one. */
export function useChooseMunicipality() {
  const client = useQueryClient();
  return useMutation<unknown, ApiProblem, string>({
    mutationFn: (municipalityId) => api('/session/municipality', { method: 'PUT', body: { municipalityId } }),
    onSuccess: async () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      await client.invalidateQueries({ queryKey: ['session'] });
    },
  });
}

export function signInHref(): string {
  const here = window.location.pathname + window.location.search;
  return '/login?returnTo=' + encodeURIComponent(here);
}

/** What the signed-in user may do, from their realm roles (each service checks again). */
export function capabilities(session: Session) {
  const has = (role: string) => session.roles.includes(role);
  return {
    caseworker: has('coordinator') || has('professional') || has('team-lead'),
    coordinator: has('coordinator'),
    teamLead: has('team-lead'),
    registers: has('coordinator') || has('team-lead') || has('professional'),
    admin: has('municipality-admin'),
    /** Reads the municipality's statistics: its analysts and admins. */
    analyst: has('analyst') || has('municipality-admin'),
    /** Operates the platform for the region: no municipality of its own, the regional statistics. */
    platformAdmin: has('platform-admin'),
    participant: has('participant'),
  };
}
