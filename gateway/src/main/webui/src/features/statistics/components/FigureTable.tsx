import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import type { IndicatorDefinition, IndicatorRow, IndicatorTable } from '../../../shared/api/types';
import { formatFigure, useStatisticsText } from '../labels';

/** Every figure of a table, the chart's text alternative: one row per key, the total last, withheld figures said so. */
export function FigureTable({ table, definition, caption }: { table: IndicatorTable; definition: IndicatorDefinition; caption: string }) {
  const { t, i18n } = useTranslation();
  const text = useStatisticsText();
  const cells = (row: IndicatorRow) => definition.measures.map((measure) => (
    <Table.Cell key={measure.code} data-numeric>
      {row.suppressed.includes(measure.code)
        ? <abbr title={t('statistics.withheldHelp')}>{t('statistics.withheld')}</abbr>
        : formatFigure(measure.kind, row.values[measure.code], i18n.language)}
    </Table.Cell>
  ));
  return (
    <TableWrap label={caption}>
      <Table data-size="sm" zebra className="hh-figures">
        <caption className="hh-visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{text.dimension(table.by)}</Table.HeaderCell>
            {definition.measures.map((measure) => <Table.HeaderCell key={measure.code} scope="col">{text.measure(measure.code)}</Table.HeaderCell>)}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((row) => (
            <Table.Row key={row.key ?? ''}>
              <Table.HeaderCell scope="row">{text.key(table.by, row)}</Table.HeaderCell>
              {cells(row)}
            </Table.Row>
          ))}
          <Table.Row className="hh-total">
            <Table.HeaderCell scope="row">{t('statistics.total')}</Table.HeaderCell>
            {cells(table.total)}
          </Table.Row>
        </Table.Body>
      </Table>
    </TableWrap>
  );
}
