import { Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { municipalityName, todayIso } from '../../../shared/format';
import type { IndicatorDefinition, Session } from '../../../shared/api/types';
import { useIndicator, useIndicatorDefinitions } from '../api/queries';
import { ChartFigure } from '../components/ChartFigure';
import { formatFigure, useStatisticsText } from '../labels';

/** The national goal for leavers of the introduction programme: 70 % in work or education. */
const NATIONAL_GOAL = 0.7;

/**
 * What the collaboration achieves, for the municipality's analysts and admins (its own figures) or the platform admin
 * (every municipality, small counts withheld): the headline outcome against the national goal, its trend by month, and
 * every indicator by any breakdown it allows. Each chart has its table and a CSV download; the choices live in the address.
 */
export function StatisticsPage({ session, region = false }: { session: Session; region?: boolean }) {
  const { t } = useTranslation();
  const title = region ? t('statistics.regionTitle') : t('statistics.title', { municipality: municipalityName(session.activeMunicipality) });
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  // From the address as it is now, not as it was at this render: two choices in a row must not undo each other.
  const set = (changes: Record<string, string>) => {
    const copy = new URLSearchParams(window.location.search);
    Object.entries(changes).forEach(([name, value]) => (value ? copy.set(name, value) : copy.delete(name)));
    setParams(copy, { replace: true });
  };
  const thisMonth = todayIso().slice(0, 7);
  const to = month(params.get('to')) ?? thisMonth;
  const from = month(params.get('from')) ?? monthsBefore(to, 11);
  const closed = closedQuarters(thisMonth, 8);
  const quarter = closed.includes(params.get('quarter') ?? '') ? params.get('quarter')! : closed[0];
  const definitions = useIndicatorDefinitions();
  return (
    <section>
      <Heading level={1} data-size="lg">{title}</Heading>
      <Paragraph>{t(region ? 'statistics.regionIntro' : 'statistics.intro')}</Paragraph>
      {region ? (
        <Field className="hh-inline-form">
          <Label htmlFor="quarter">{t('statistics.quarter')}</Label>
          <Select id="quarter" value={quarter} onChange={(event) => set({ quarter: event.target.value })}>
            {closed.map((candidate) => <option key={candidate} value={candidate}>{candidate}</option>)}
          </Select>
        </Field>
      ) : (
        <div className="hh-inline-form" role="group" aria-label={t('statistics.period')}>
          <DraftField label={t('statistics.from')} type="month" value={from} max={to} valid={(value) => month(value) !== undefined}
                      onCommit={(value) => set({ from: value })} />
          <DraftField label={t('statistics.to')} type="month" value={to} min={from} valid={(value) => month(value) !== undefined}
                      onCommit={(value) => set({ to: value })} />
        </div>
      )}
      {definitions.isPending && <Loading />}
      {definitions.isError && <ProblemAlert problem={definitions.error} />}
      {definitions.data && (
        <>
          <Headline definitions={definitions.data} from={from} to={to} region={region} quarter={quarter} />
          <Explore definitions={definitions.data} from={from} to={to} region={region} quarter={quarter}
                   indicator={params.get('indicator') ?? 'referrals'} by={params.get('by') ?? ''} weeks={Number(params.get('weeks') ?? 8)}
                   onChange={set} />
        </>
      )}
    </section>
  );
}

/**
 * The share of programme leavers in work or education over the period, against the national goal, and by month (the
 * region: by municipality, for the quarter).
 */
function Headline({ definitions, from, to, region, quarter }: { definitions: IndicatorDefinition[]; from: string; to: string; region: boolean; quarter: string }) {
  const { t, i18n } = useTranslation();
  const definition = definitions.find((candidate) => candidate.code === 'programme-outcomes');
  const outcomes = useIndicator({ indicator: 'programme-outcomes', by: region ? 'municipality' : 'month', from, to, region, quarter });
  if (!definition) return null;
  if (outcomes.isPending) return <Loading />;
  if (outcomes.isError) return <ProblemAlert problem={outcomes.error} />;
  const total = outcomes.data.total;
  const share = total.values.workOrEducationShare;
  const ended = total.values.ended;
  return (
    <>
      <section className="hh-card hh-headline" aria-labelledby="headline-heading">
        <Heading level={2} data-size="sm" id="headline-heading">{t('statistics.headline')}</Heading>
        <p className="hh-headline-figure" data-testid="headline-share">
          {total.suppressed.includes('workOrEducationShare') ? t('statistics.withheld') : formatFigure('share', share, i18n.language)}
        </p>
        <Paragraph data-size="sm">
          {t('statistics.headlineOf', { ended: formatFigure('count', ended, i18n.language), goal: formatFigure('share', NATIONAL_GOAL, i18n.language) })}
          {' '}
          {typeof share === 'number' && (share >= NATIONAL_GOAL ? t('statistics.atGoal') : t('statistics.belowGoal'))}
        </Paragraph>
      </section>
      <ChartFigure title={region ? t('statistics.byMunicipality') : t('statistics.trend')} description={t('indicatorHelp.programme-outcomes')}
                   table={outcomes.data} definition={definition} drawn={['workOrEducationShare']} shape={region ? 'bars' : 'line'}
                   goal={{ value: NATIONAL_GOAL, label: t('statistics.goal', { goal: formatFigure('share', NATIONAL_GOAL, i18n.language) }) }} />
    </>
  );
}

interface ExploreProps {
  definitions: IndicatorDefinition[];
  from: string;
  to: string;
  region: boolean;
  quarter: string;
  indicator: string;
  by: string;
  weeks: number;
  onChange: (changes: Record<string, string>) => void;
}

/** Any indicator by any breakdown it allows. */
function Explore({ definitions, from, to, region, quarter, indicator, by, weeks, onChange }: ExploreProps) {
  const { t } = useTranslation();
  const text = useStatisticsText();
  const definition = definitions.find((candidate) => candidate.code === indicator) ?? definitions[0];
  // The regional view is one closed quarter (never by period), and a figure as of now is regional by municipality only.
  const dimensions = definition.dimensions.filter((dimension) => region
    ? dimension !== 'month' && dimension !== 'quarter' && (!definition.snapshot || dimension === 'municipality')
    : dimension !== 'municipality');
  const rows = dimensions.includes(by) ? by : region ? 'municipality' : dimensions[0];
  const table = useIndicator({ indicator: definition.code, by: rows, from, to, weeks: definition.code === 'recent-meetings' ? weeks : undefined, region, quarter });
  return (
    <section aria-labelledby="explore-heading">
      <Heading level={2} data-size="md" id="explore-heading">{t('statistics.explore')}</Heading>
      <div className="hh-inline-form">
        <Field>
          <Label htmlFor="indicator">{t('statistics.indicator')}</Label>
          <Select id="indicator" value={definition.code} onChange={(event) => onChange({ indicator: event.target.value, by: '' })}>
            {definitions.map((candidate) => <option key={candidate.code} value={candidate.code}>{text.indicator(candidate.code)}</option>)}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="by">{t('statistics.by')}</Label>
          <Select id="by" value={rows} onChange={(event) => onChange({ by: event.target.value })}>
            {dimensions.map((dimension) => <option key={dimension} value={dimension}>{text.dimension(dimension)}</option>)}
          </Select>
        </Field>
        {definition.code === 'recent-meetings' && (
          <DraftField label={t('statistics.weeks')} type="number" min={1} max={52} value={String(weeks)}
                      valid={(value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 52} onCommit={(value) => onChange({ weeks: value })} />
        )}
      </div>
      {definition.snapshot && <Paragraph data-size="sm" className="hh-muted">{t(region ? 'statistics.snapshotQuarter' : 'statistics.snapshot')}</Paragraph>}
      {table.isPending && <Loading />}
      {table.isError && <ProblemAlert problem={table.error} />}
      {table.isSuccess && (
        <ChartFigure title={`${text.indicator(definition.code)} – ${text.dimension(rows).toLowerCase()}`} description={text.indicatorHelp(definition.code)}
                     table={table.data} definition={definition} level={3} {...drawing(definition)} />
      )}
    </section>
  );
}

/**
 * A field that changes the address only when what is typed is whole and valid (a browser without a month picker takes
 * "2026-0" on the way to "2026-03"); until then it keeps what is typed, and on leaving an unfinished value it goes back.
 */
function DraftField({ value, valid, onCommit, ...field }: {
  label: string; type: 'month' | 'number'; value: string; min?: string | number; max?: string | number;
  valid: (value: string) => boolean; onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <Textfield {...field} value={draft}
               onChange={(event) => {
                 setDraft(event.target.value);
                 if (valid(event.target.value)) onCommit(event.target.value);
               }}
               onBlur={() => { if (!valid(draft)) setDraft(value); }} />
  );
}

/** What a chart of the indicator draws: its days if it has any, else the parts of its first whole stacked, else its counts. */
function drawing(definition: IndicatorDefinition): { drawn: string[]; shape: 'bars' | 'stacked-bars' } {
  const days = definition.measures.filter((measure) => measure.kind === 'days').map((measure) => measure.code);
  if (days.length > 0) return { drawn: days, shape: 'bars' };
  const [whole] = definition.partitions;
  if (whole) return { drawn: whole.slice(1), shape: 'stacked-bars' };
  return { drawn: definition.measures.filter((measure) => measure.kind === 'count').map((measure) => measure.code), shape: 'bars' };
}

function month(value: string | null): string | undefined {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
}

/** The last {@code count} quarters that have ended, latest first (YYYY-Qn). */
function closedQuarters(thisMonth: string, count: number): string[] {
  const [year, number] = thisMonth.split('-').map(Number);
  let quarterIndex = year * 4 + Math.floor((number - 1) / 3) - 1;
  const quarters: string[] = [];
  for (let i = 0; i < count; i++, quarterIndex--) {
    quarters.push(`${Math.floor(quarterIndex / 4)}-Q${(quarterIndex % 4) + 1}`);
  }
  return quarters;
}

function monthsBefore(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 - count, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
