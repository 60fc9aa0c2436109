import { useTranslation } from 'react-i18next';
import i18n, { keyFromCode } from '../../shared/i18n';
import { municipalityName } from '../../shared/format';
import type { IndicatorRow } from '../../shared/api/types';

/** The groups of words each dimension's codes are named in. */
const CODE_GROUPS: Record<string, string> = {
  programme: 'programme',
  'age-band': 'ageBand',
  outcome: 'programmeOutcome',
  'life-area': 'lifeArea',
  kind: 'meetingKind',
  reason: 'rejectionReason',
  rule: 'transitionRule',
};

/** Words for what the API sends as codes: indicators, measures, dimensions and the keys of rows. */
export function useStatisticsText() {
  const { t } = useTranslation();
  const language = i18n.language;
  const code = (group: string, value: string) => {
    const key = keyFromCode(group, value);
    return i18n.exists(key) ? String(t(key)) : value;
  };
  return {
    indicator: (indicator: string) => code('indicator', indicator),
    indicatorHelp: (indicator: string) => code('indicatorHelp', indicator),
    measure: (measure: string) => code('measure', measure),
    dimension: (dimension: string) => code('dimension', dimension),
    /** A row's key in words: a month by name, a code by its word, an organisation by its name. */
    key: (dimension: string, row: Pick<IndicatorRow, 'key' | 'label'>) => {
      const value = row.key ?? '';
      if (dimension === 'month' && /^\d{4}-\d{2}$/.test(value)) {
        const [year, month] = value.split('-').map(Number);
        return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
      }
      if (dimension === 'municipality') return municipalityName(value);
      if (dimension === 'receiving-organisation') return row.label ?? value;
      const group = CODE_GROUPS[dimension];
      if (value === 'none' || value === 'unknown') return t(`statistics.${value}`);
      return group ? code(group, value) : value;
    },
  };
}

/** A measure's value for people: counts as whole numbers, shares as per cent, days and ratios with one decimal. */
export function formatFigure(kind: string, value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–';
  switch (kind) {
    case 'share':
      return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'days':
    case 'ratio':
      return new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
    default:
      return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
  }
}

/**
 * Okabe–Ito colours, distinguishable with every common colour-vision deficiency, with at least 3:1 contrast on white
 * (WCAG 1.4.11): its orange, sky blue and yellow are too light and are left out; a dark brown makes the sixth.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#8C510A'];
