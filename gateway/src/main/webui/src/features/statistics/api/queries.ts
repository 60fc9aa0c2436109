import { useQuery } from '@tanstack/react-query';
import { api, ApiProblem, firstPage } from '../../../shared/api/http';
import type { IndicatorDefinition, IndicatorTable } from '../../../shared/api/types';

/** The statistics API as the dashboard reads it: the indicators there are, and one indicator's table. */

export const useIndicatorDefinitions = () =>
  useQuery<IndicatorDefinition[], ApiProblem>({
    queryKey: ['statistics', 'indicators'],
    queryFn: () => firstPage('/statistics/indicators'),
    staleTime: Infinity,
  });

/** What to ask for: the indicator, what the rows are, the months (YYYY-MM), and for recent meetings the weeks. */
export interface IndicatorQuestion {
  indicator: string;
  by: string;
  from?: string;
  to?: string;
  weeks?: number;
  /** The platform admin's view of every municipality (protected), of one closed quarter (YYYY-Qn), instead of the own municipality's. */
  region?: boolean;
  quarter?: string;
}

export const useIndicator = (question: IndicatorQuestion) =>
  useQuery<IndicatorTable, ApiProblem>({
    queryKey: ['statistics', question],
    queryFn: () => {
      const params = new URLSearchParams({ by: question.by });
      if (question.region) {
        if (question.quarter) params.set('quarter', question.quarter);
      } else {
        if (question.from) params.set('from', question.from);
        if (question.to) params.set('to', question.to);
      }
      if (question.weeks) params.set('weeks', String(question.weeks));
      const path = question.region ? '/statistics/region/indicators/' : '/statistics/indicators/';
      return api(`${path}${encodeURIComponent(question.indicator)}?${params.toString()}`);
    },
    // Figures change as events arrive; a minute old is fresh enough for a dashboard.
    staleTime: 60_000,
  });
