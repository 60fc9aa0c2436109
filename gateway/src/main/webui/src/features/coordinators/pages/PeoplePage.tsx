import { Chip, Heading, Paragraph, Search, Table } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { Link, useSearchParams } from 'react-router';
import { useCaseload, useCaseloadNames } from '../api/queries';
import { nameIn } from '../../participants/api/queries';
import type { CaseloadFlag } from '../../../shared/api/types';
import { Flags } from '../components/Flags';
import { MyActionsSection } from '../../agreements/components/MyActionsSection';
import { ALL_FLAGS } from '../flags';
import { formatDate } from '../../../shared/format';
import { Empty, Loading, ProblemAlert } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';

/** "My people": the caseload with its flags; search and flag filters live in the URL so a view can be shared. */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.title'));
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const selected = (params.get('flags') ?? '').split(',').filter(Boolean) as CaseloadFlag[];
  const caseload = useCaseload();
  const ids = useMemo(() => (caseload.data ?? []).map((entry) => entry.participantId), [caseload.data]);
  const people = useCaseloadNames(ids);
  const [text, setText] = useState(search);

  // Each change builds on the address as it is now, not as it was at the last render: typing a name and at once
  // ticking a flag must keep both.
  const update = (next: { q?: string; toggle?: CaseloadFlag }) => setParams((current) => {
    const copy = new URLSearchParams(current);
    const flags = (current.get('flags') ?? '').split(',').filter(Boolean);
    const nextFlags = next.toggle === undefined ? flags
      : flags.includes(next.toggle) ? flags.filter((f) => f !== next.toggle) : [...flags, next.toggle];
    if (next.q !== undefined) {
      if (next.q) copy.set('q', next.q); else copy.delete('q');
    }
    if (nextFlags.length) copy.set('flags', nextFlags.join(',')); else copy.delete('flags');
    return copy;
  }, { replace: true });
  const toggle = (flag: CaseloadFlag) => update({ toggle: flag });

  const rows = (caseload.data ?? []).filter((entry) => {
    const name = people.byId.get(entry.participantId)?.name ?? '';
    return (!search || name.toLowerCase().includes(search.toLowerCase()))
      && selected.every((flag) => entry.flags.includes(flag));
  });

  return (
    <section>
      <Heading level={1} data-size="lg">{t('people.title')}</Heading>
      <MyActionsSection />
      <Paragraph>{t('people.intro')}</Paragraph>
      <form role="search" className="hh-filters" onSubmit={(event) => { event.preventDefault(); update({ q: text }); }}>
        <Search>
          <Search.Input aria-label={t('people.search')} value={text} name="q"
                        onChange={(event) => { setText(event.target.value); update({ q: event.target.value }); }} />
          <Search.Clear aria-label={t('people.clearSearch')} onClick={() => { setText(''); update({ q: '' }); }} />
          <Search.Button>{t('people.searchButton')}</Search.Button>
        </Search>
        <fieldset className="hh-chips">
          <legend>{t('people.filterByFlag')}</legend>
          {ALL_FLAGS.map((flag) => (
            <Chip.Checkbox key={flag} checked={selected.includes(flag)} onChange={() => toggle(flag)}>{t(`flag.${flag}`)}</Chip.Checkbox>
          ))}
        </fieldset>
      </form>
      {caseload.isPending && <Loading />}
      {caseload.isError && <ProblemAlert problem={caseload.error} />}
      {caseload.isSuccess && caseload.data.length === 0 && <Empty>{t('people.empty')}</Empty>}
      {caseload.isSuccess && caseload.data.length > 0 && rows.length === 0 && <Empty>{t('people.noMatch')}</Empty>}
      {rows.length > 0 && (
        <TableWrap label={t('people.title')}>
          <Table zebra data-testid="caseload">
            <caption>{t('people.count', { count: rows.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('people.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.flags')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.programmeEnds')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.consentExpires')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((entry) => (
                <Table.Row key={entry.participantId}>
                  <Table.Cell>
                    <Link to={`/people/${entry.participantId}`}>
                      {nameIn(people, entry.participantId, t)}
                    </Link>
                    {entry.coveringFor && <div className="hh-muted">{t('people.covering')}</div>}
                  </Table.Cell>
                  <Table.Cell><Flags flags={entry.flags} /></Table.Cell>
                  <Table.Cell>{formatDate(entry.nextProgrammeEnd)}</Table.Cell>
                  <Table.Cell>{formatDate(entry.nextConsentExpiry)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
    </section>
  );
}
