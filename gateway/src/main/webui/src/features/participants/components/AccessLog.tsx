import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyFromCode } from '../../../shared/i18n';
import { TableWrap } from '../../../shared/components/TableWrap';
import type { AccessLogEntry } from '../../../shared/api/types';
import { formatDateTime, municipalityName } from '../../../shared/format';
import { Empty } from '../../../shared/components/States';

/** The newest entries shown at first: enough for "who looked lately", the rest one click away. */
const FIRST = 25;

/**
 * Who read or changed the person's data. Entries carry a pseudonymous subject; the caller passes what
 * names it knows (professionals of the municipality, or the person's own team) and the rest shows by role.
 */
export function AccessLog({ entries, nameOf, plain = false, headingLevel = 2, showMunicipality = false }: {
  entries: AccessLogEntry[];
  nameOf: (subject: string) => string | undefined;
  plain?: boolean;
  headingLevel?: 2 | 3;
  /** For a person with records in several municipalities: say whose record each entry is about. */
  showMunicipality?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, FIRST);
  const label = (group: string, value: string) => (i18n.exists(keyFromCode(group, value)) ? t(keyFromCode(group, value)) : value);
  const who = (entry: AccessLogEntry) => {
    const role = entry.actorRoles ? entry.actorRoles.split(/[ ,]+/).filter(Boolean).map((r) => label('role', r)).join(', ') : '';
    if (entry.actorType !== 'user') return t('accessLog.system');
    // Only the person themself signs in with the participant role, and only their own record is theirs to read.
    if (entry.actorRoles?.split(/[ ,]+/).includes('participant')) return plain ? t('accessLog.you') : t('accessLog.thePerson');
    const name = nameOf(entry.actorSubject);
    if (name) return role ? `${name} (${role})` : name;
    return role ? t('accessLog.someoneWithRole', { role }) : t('accessLog.someone');
  };
  return (
    <section aria-labelledby="access-log-heading" className="hh-card">
      <Heading level={headingLevel} data-size="sm" id="access-log-heading">{plain ? t('me.accessLogTitle') : t('accessLog.title')}</Heading>
      <Paragraph data-size="sm">{plain ? t('me.accessLogIntro') : t('accessLog.intro')}</Paragraph>
      {entries.length === 0 && <Empty>{t('accessLog.empty')}</Empty>}
      {entries.length > 0 && (
        <TableWrap label={t('accessLog.title')}>
          <Table data-testid="access-log">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('accessLog.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('accessLog.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('accessLog.what')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((entry, index) => (
                <Table.Row key={index}>
                  <Table.Cell>{formatDateTime(entry.occurredAt)}</Table.Cell>
                  <Table.Cell>{who(entry)}</Table.Cell>
                  <Table.Cell>
                    {t('accessLog.did', { action: label('action', entry.action), resource: label('resource', entry.resource) })}
                    {entry.outcome !== 'permitted' && <> – {label('outcome', entry.outcome)}</>}
                    {entry.purpose && <div className="hh-muted">{t('accessLog.purpose', { purpose: entry.purpose })}</div>}
                    {showMunicipality && <div className="hh-muted">{t('accessLog.municipality', { municipality: municipalityName(entry.municipalityId) })}</div>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
      {entries.length > shown.length && (
        <Button variant="secondary" data-size="sm" onClick={() => setAll(true)}>{t('accessLog.showAll', { count: entries.length })}</Button>
      )}
    </section>
  );
}
