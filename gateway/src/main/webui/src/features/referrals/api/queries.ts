import { useQuery } from '@tanstack/react-query';
import { api, ApiProblem } from '../../../shared/api/http';
import type { DirectoryService } from '../../../shared/api/types';

/** The referrals API as the UI reads it. */

/** The directory searched as the address says (q, lifeArea, language). */
export const useDirectory = (search: URLSearchParams) =>
  useQuery<DirectoryService[], ApiProblem>({
    queryKey: ['directory', search.toString()],
    queryFn: () => api(`/referrals/services${search.toString() ? '?' + search.toString() : ''}`),
  });
