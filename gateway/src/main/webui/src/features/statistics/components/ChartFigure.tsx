import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import type { IndicatorDefinition, IndicatorTable } from '../../../shared/api/types';
import { download, tableCsv } from '../csv';
import { formatFigure, PALETTE, useStatisticsText } from '../labels';
import { FigureTable } from './FigureTable';

interface ChartFigureProps {
  title: string;
  description?: string;
  table: IndicatorTable;
  definition: IndicatorDefinition;
  /** The measures drawn (all measures are in the table). */
  drawn: string[];
  shape: 'bars' | 'stacked-bars' | 'line';
  /** A level to draw across the chart, e.g. the national goal. */
  goal?: { value: number; label: string };
  /** The title's heading level: 2 on its own, 3 inside a section. */
  level?: 2 | 3;
}

/**
 * A chart with everything needed without seeing it: a title and a sentence on what it shows, the same figures as a
 * table, and the figures as CSV. The chart itself can be explored with the keyboard (arrow keys move between points).
 */
export function ChartFigure({ title, description, table, definition, drawn, shape, goal, level = 2 }: ChartFigureProps) {
  const { t, i18n } = useTranslation();
  const text = useStatisticsText();
  const headingId = useId();
  const kindOf = (measure: string) => definition.measures.find((candidate) => candidate.code === measure)?.kind ?? 'count';
  const data = table.rows.map((row) => ({
    name: text.key(table.by, row),
    ...Object.fromEntries(drawn.map((measure) => [measure, row.values[measure] ?? null])),
  }));
  const percent = drawn.every((measure) => kindOf(measure) === 'share');
  const tick = (value: number) => formatFigure(percent ? 'share' : 'count', value, i18n.language);
  const tooltip = (value: unknown, name: unknown) => [
    formatFigure(kindOf(String(name)), typeof value === 'number' ? value : null, i18n.language), text.measure(String(name)),
  ] as [string, string];
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="name" interval="preserveStartEnd" />
      <YAxis tickFormatter={tick} domain={percent ? [0, 1] : [0, 'auto']} allowDecimals={!percent ? false : true} width={56} />
      <Tooltip formatter={tooltip} />
      <Legend formatter={(value) => text.measure(String(value))} />
      {goal && <ReferenceLine y={goal.value} stroke="#000000" strokeDasharray="6 4" label={{ value: goal.label, position: 'insideTopRight' }} />}
    </>
  );
  const csvName = `helhet-${table.indicator}-${table.by}${table.from ? `-${table.from}-${table.to}` : ''}.csv`;
  return (
    <figure className="hh-card hh-chart" aria-labelledby={headingId}>
      <Heading level={level} data-size="sm" id={headingId}>{title}</Heading>
      {description && <Paragraph data-size="sm">{description}</Paragraph>}
      <div className="hh-chart-area">
        <ResponsiveContainer width="100%" height={280}>
          {shape === 'line' ? (
            <LineChart data={data} title={title} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
              {axes}
              {drawn.map((measure, index) => (
                <Line key={measure} dataKey={measure} type="linear" stroke={PALETTE[index % PALETTE.length]} strokeWidth={3}
                      dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
              ))}
            </LineChart>
          ) : (
            <BarChart data={data} title={title} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
              {axes}
              {drawn.map((measure, index) => (
                <Bar key={measure} dataKey={measure} fill={PALETTE[index % PALETTE.length]} stackId={shape === 'stacked-bars' ? 'parts' : undefined}
                     isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <details className="hh-chart-table">
        <summary>{t('statistics.showTable')}</summary>
        <FigureTable table={table} definition={definition} caption={title} />
      </details>
      <div className="hh-actions">
        <Button variant="secondary" data-size="sm" onClick={() => download(csvName, tableCsv(table, definition.measures.map((measure) => measure.code)))}>
          {t('statistics.downloadCsv')}
        </Button>
        {table.protectedFigures && <Paragraph data-size="sm" className="hh-muted">{t('statistics.protectedNote')}</Paragraph>}
      </div>
    </figure>
  );
}
