import { Button, Checkbox, Details, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { CATEGORIES, ParticipantsInput, type Category, type Consent } from '../../../shared/api/types';
import { formatDate, formatDateTime, todayIso } from '../../../shared/format';
import { Empty, OnItsWay, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';

export interface OrganisationChoice {
  id: string;
  name: string;
}

/**
 * Consents with their history, grant and revoke. The same component serves the caseworker (recording a
 * consent the person gave) and the person (giving it themself): {@code basePath} says whose, {@code grantQuery}
 * which of the person's records a new consent is for. Ids are unique per instance: the person's page shows
 * one per municipality that holds a record of them.
 */
export function Consents({ consents, basePath, refresh, follow = [], organisations, headingLevel = 2, plain = false, grantQuery = '', mayDecide = true }: {
  consents: Consent[];
  basePath: string;
  refresh: string[][];
  /** Caches of other services that learn of a consent change by event (the team, the caseload). */
  follow?: string[][];
  organisations: OrganisationChoice[];
  headingLevel?: 2 | 3;
  plain?: boolean;
  grantQuery?: string;
  /** False for a reader who does not act for the person: no grant form, no revoke buttons. */
  mayDecide?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisationName = (id?: string) => organisations.find((organisation) => organisation.id === id)?.name ?? t('consent.unknownOrganisation');
  const receiver = (consent: Consent) => consent.receiver.type === 'team' ? t('consent.wholeTeam') : organisationName(consent.receiver.organisationId);
  return (
    <section aria-labelledby={headingId} className="hh-card">
      <Heading level={headingLevel} data-size="sm" id={headingId}>{plain ? t('me.consentsTitle') : t('consent.title')}</Heading>
      {plain && <Paragraph>{t('me.consentsIntro')}</Paragraph>}
      {consents.length === 0 && <Empty>{t('consent.empty')}</Empty>}
      {consents.length > 0 && (
        <TableWrap label={t('consent.title')}>
          <Table data-testid="consents">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('consent.receiver')}</Table.HeaderCell>
                <Table.HeaderCell>{t('consent.categories')}</Table.HeaderCell>
                <Table.HeaderCell>{t('consent.validity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('consent.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {consents.map((consent) => (
                <Table.Row key={consent.id}>
                  <Table.Cell>
                    {receiver(consent)}
                    <div className="hh-muted">{consent.purpose}</div>
                  </Table.Cell>
                  <Table.Cell>{consent.categories.map((category) => t(`category.${category}`)).join(', ')}</Table.Cell>
                  <Table.Cell>{formatDate(consent.validFrom)} – {formatDate(consent.validTo)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={consent.status === 'active' ? 'success' : 'neutral'}>{t(`consentStatus.${consent.status}`)}</Tag>
                    {mayDecide && consent.status === 'active' && <Revoke consent={consent} basePath={basePath} refresh={refresh} follow={follow} name={receiver(consent)} />}
                    <Details>
                      <Details.Summary>{t('consent.history')}</Details.Summary>
                      <Details.Content>
                        <ul className="hh-plain-list">
                          {consent.history.map((change, index) => (
                            <li key={index}>
                              {formatDateTime(change.occurredAt)}: {t(`consentChange.${change.change}`)}
                              {change.reason && <> – {change.reason}</>}
                            </li>
                          ))}
                        </ul>
                      </Details.Content>
                    </Details>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
      {follow.length > 0 && <OnItsWay />}
      {mayDecide && <GrantConsent basePath={basePath} grantQuery={grantQuery} refresh={refresh} follow={follow} organisations={organisations} plain={plain} headingLevel={headingLevel === 2 ? 3 : 4} />}
    </section>
  );
}

function Revoke({ consent, basePath, refresh, follow, name }: { consent: Consent; basePath: string; refresh: string[][]; follow: string[][]; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const revoke = useChange(() => api(`${basePath}/consents/${consent.id}/revoke`, { method: 'POST', body: { reason } satisfies ParticipantsInput['RevokeConsentRequest'] }), refresh, follow);
  if (!open) {
    return <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)} aria-label={t('consent.revokeNamed', { name })}>{t('consent.revoke')}</Button>;
  }
  // Once revoked, this row shows the consent as revoked and the form goes; the notice is given by the section.
  return (
    <form className="hh-inline-form" onSubmit={(event) => { event.preventDefault(); revoke.mutate(undefined); }}>
      <Textfield id={`revoke-reason-${consent.id}`} label={t('consent.revokeReason')} required value={reason} onChange={(event) => setReason(event.target.value)} />
      <Button type="submit" data-size="sm" data-color="danger" loading={revoke.isPending}>{t('consent.revokeConfirm')}</Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      {revoke.isError && <ProblemAlert problem={revoke.error} />}
    </form>
  );
}

function inOneYear(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().substring(0, 10);
}

function GrantConsent({ basePath, grantQuery, refresh, follow, organisations, plain, headingLevel }: {
  basePath: string; grantQuery: string; refresh: string[][]; follow: string[][]; organisations: OrganisationChoice[]; plain: boolean; headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fieldError = useFieldErrorText();
  const [receiverType, setReceiverType] = useState<'organisation' | 'team'>('organisation');
  const [organisationId, setOrganisationId] = useState('');
  const [categories, setCategories] = useState<Category[]>(['basic']);
  const [purpose, setPurpose] = useState('');
  const [validTo, setValidTo] = useState(inOneYear());
  const [recordedHow, setRecordedHow] = useState('signed-form');
  const grant = useChange(() => api(`${basePath}/consents${grantQuery}`, {
    method: 'POST',
    body: {
      receiver: receiverType === 'team' ? { type: 'team' } : { type: 'organisation', organisationId },
      categories, purpose,
      validTo: new Date(validTo + 'T23:59:59').toISOString(),
      recordedHow: plain ? undefined : recordedHow as ParticipantsInput['GrantConsentRequest']['recordedHow'],
    } satisfies ParticipantsInput['GrantConsentRequest'],
  }), refresh, follow);
  const toggle = (category: Category) =>
    setCategories(categories.includes(category) ? categories.filter((c) => c !== category) : [...categories, category]);
  return (
    <form className="hh-form hh-subform" aria-labelledby={`${id}-grant`} onSubmit={(event) => {
      event.preventDefault();
      grant.mutate(undefined, { onSuccess: () => setPurpose('') });
    }}>
      <Heading level={headingLevel} data-size="xs" id={`${id}-grant`}>{plain ? t('me.grantTitle') : t('consent.grant')}</Heading>
      <Fieldset>
        <Fieldset.Legend>{t('consent.receiver')}</Fieldset.Legend>
        <Radio name={`${id}-receiver`} label={t('consent.toOrganisation')} value="organisation" checked={receiverType === 'organisation'}
               onChange={() => setReceiverType('organisation')} />
        <Radio name={`${id}-receiver`} label={t('consent.wholeTeam')} value="team" checked={receiverType === 'team'} onChange={() => setReceiverType('team')} />
      </Fieldset>
      {receiverType === 'organisation' && (
        <Field>
          <Label htmlFor={`${id}-organisation`}>{t('consent.organisation')}</Label>
          <Select id={`${id}-organisation`} required value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {organisations.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
          </Select>
        </Field>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('consent.categories')}</Fieldset.Legend>
        <Fieldset.Description>{t('consent.categoriesHelp')}</Fieldset.Description>
        <div className="hh-checkbox-grid">
          {CATEGORIES.map((category) => (
            <Checkbox key={category} label={t(`category.${category}`)} value={category} checked={categories.includes(category)} onChange={() => toggle(category)} />
          ))}
        </div>
      </Fieldset>
      <Textfield id={`${id}-purpose`} label={t('consent.purpose')} description={t('consent.purposeHelp')} required value={purpose}
                 error={fieldError(grant.error, 'purpose')} onChange={(event) => setPurpose(event.target.value)} />
      <Textfield id={`${id}-valid-to`} type="date" label={t('consent.validTo')} required value={validTo} min={todayIso()}
                 error={fieldError(grant.error, 'validTo')} onChange={(event) => setValidTo(event.target.value)} />
      {!plain && (
        <Field>
          <Label htmlFor={`${id}-how`}>{t('consent.recordedHow')}</Label>
          <Select id={`${id}-how`} value={recordedHow} onChange={(event) => setRecordedHow(event.target.value)}>
            <option value="signed-form">{t('recordedHow.signed-form')}</option>
            <option value="verbal">{t('recordedHow.verbal')}</option>
            <option value="digital">{t('recordedHow.digital')}</option>
          </Select>
        </Field>
      )}
      <Button type="submit" loading={grant.isPending}>{plain ? t('me.grantButton') : t('consent.grantButton')}</Button>
      {grant.isError && <ProblemAlert problem={grant.error} />}
    </form>
  );
}
