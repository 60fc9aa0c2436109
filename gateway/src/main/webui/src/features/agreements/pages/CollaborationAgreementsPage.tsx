import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementsInput, CollaborationAgreement } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { formatDate } from '../../../shared/format';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { useOrganisations, useProfessionals } from '../../coordinators/api/queries';
import { useCollaborationAgreements } from '../api/queries';

/**
 * Collaboration agreements between the municipality's services (refugee service and child welfare, NAV and adult
 * education): parties with contact persons, routines, validity and review date. Admins keep them here.
 */
export function CollaborationAgreementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('collaboration.title'));
  const agreements = useCollaborationAgreements();
  const organisations = useOrganisations();
  const professionals = useProfessionals();
  const [editing, setEditing] = useState<CollaborationAgreement | 'new' | null>(null);
  const organisationName = (id: string) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? id;
  const professionalName = (id?: string) => (id ? professionals.data?.find((professional) => professional.id === id)?.name : undefined);
  return (
    <section>
      <Heading level={1} data-size="lg">{t('collaboration.title')}</Heading>
      <Paragraph>{t('collaboration.intro')}</Paragraph>
      {editing === null && <div className="hh-actions"><Button onClick={() => setEditing('new')}>{t('collaboration.new')}</Button></div>}
      {editing !== null && <AgreementForm agreement={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      {agreements.isPending && <Loading />}
      {agreements.isError && <ProblemAlert problem={agreements.error} />}
      {agreements.isSuccess && agreements.data.length === 0 && <Empty>{t('collaboration.empty')}</Empty>}
      {agreements.data?.map((agreement) => (
        <article key={agreement.id} className="hh-card" aria-labelledby={`agreement-${agreement.id}`} data-testid="collaboration-agreement">
          <div className="hh-title-row">
            <Heading level={2} data-size="sm" id={`agreement-${agreement.id}`}>{agreement.title}</Heading>
            <span>
              {agreement.reviewDue && <Tag data-color="warning" data-size="sm">{t('collaboration.reviewDue')}</Tag>}{' '}
              <Tag data-color={agreement.inForce ? 'success' : 'neutral'} data-size="sm">{agreement.inForce ? t('collaboration.inForce') : t('collaboration.notInForce')}</Tag>
            </span>
          </div>
          {agreement.purpose && <Paragraph>{agreement.purpose}</Paragraph>}
          <dl className="hh-facts">
            <dt>{t('collaboration.parties')}</dt>
            <dd>{agreement.parties.map((party) => organisationName(party.organisationId)
              + (professionalName(party.contactProfessionalId) ? ` (${t('collaboration.contact')}: ${professionalName(party.contactProfessionalId)})` : '')).join('; ')}</dd>
            <dt>{t('collaboration.valid')}</dt>
            <dd>{formatDate(agreement.validFrom)} – {agreement.validTo ? formatDate(agreement.validTo) : t('collaboration.openEnded')}</dd>
            <dt>{t('collaboration.reviewDate')}</dt>
            <dd>{formatDate(agreement.reviewDate)}</dd>
          </dl>
          {agreement.routines.length > 0 && (
            <>
              <Heading level={3} data-size="2xs">{t('collaboration.routines')}</Heading>
              <ol className="hh-plain-list">{agreement.routines.map((routine, i) => <li key={i}>{routine}</li>)}</ol>
            </>
          )}
          <div className="hh-actions">
            <Button variant="secondary" data-size="sm" onClick={() => setEditing(agreement)}
                    aria-label={t('common.editNamed', { name: agreement.title })}>{t('common.edit')}</Button>
          </div>
        </article>
      ))}
    </section>
  );
}

function AgreementForm({ agreement, onDone }: { agreement?: CollaborationAgreement; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const organisations = useOrganisations();
  const professionals = useProfessionals();
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [purpose, setPurpose] = useState(agreement?.purpose ?? '');
  const [parties, setParties] = useState<string[]>(agreement?.parties.map((party) => party.organisationId) ?? []);
  const [contacts, setContacts] = useState<Record<string, string>>(Object.fromEntries((agreement?.parties ?? [])
    .filter((party) => party.contactProfessionalId).map((party) => [party.organisationId, party.contactProfessionalId as string])));
  const [routines, setRoutines] = useState((agreement?.routines ?? []).join('\n'));
  const [validFrom, setValidFrom] = useState(agreement?.validFrom ?? '');
  const [validTo, setValidTo] = useState(agreement?.validTo ?? '');
  const [reviewDate, setReviewDate] = useState(agreement?.reviewDate ?? '');
  const body = (): AgreementsInput['CollaborationAgreementInput'] => ({
    title, purpose: purpose || undefined, validFrom, validTo: validTo || undefined, reviewDate: reviewDate || undefined,
    parties: parties.map((organisationId) => ({ organisationId, contactProfessionalId: contacts[organisationId] || undefined })),
    routines: routines.split('\n').map((line) => line.trim()).filter(Boolean), version: agreement?.version,
  });
  const save = useChange(() => api(agreement ? `/agreements/collaboration-agreements/${agreement.id}` : '/agreements/collaboration-agreements',
    { method: agreement ? 'PUT' : 'POST', body: body() }), [['collaboration-agreements']]);
  const ofMunicipality = organisations.data ?? [];
  return (
    <form className="hh-form hh-card" aria-labelledby="agreement-form-heading" onSubmit={(event) => {
      event.preventDefault();
      save.mutate(undefined, { onSuccess: onDone });
    }}>
      <Heading level={2} data-size="sm" id="agreement-form-heading">
        {agreement ? t('collaboration.change', { title: agreement.title }) : t('collaboration.new')}
      </Heading>
      <Textfield id="agreement-title" label={t('collaboration.agreementTitle')} required value={title} error={fieldError(save.error, 'title')}
                 onChange={(event) => setTitle(event.target.value)} />
      <Textfield id="agreement-purpose" multiline rows={2} label={t('collaboration.purpose')} value={purpose}
                 onChange={(event) => setPurpose(event.target.value)} />
      <Fieldset>
        <Fieldset.Legend>{t('collaboration.parties')}</Fieldset.Legend>
        <Fieldset.Description>{t('collaboration.partiesHelp')}</Fieldset.Description>
        <div className="hh-checkbox-grid">
          {ofMunicipality.map((organisation) => (
            <Checkbox key={organisation.id} label={organisation.name} checked={parties.includes(organisation.id)}
                      onChange={(event) => setParties(event.target.checked ? [...parties, organisation.id] : parties.filter((id) => id !== organisation.id))} />
          ))}
        </div>
      </Fieldset>
      {parties.map((organisationId) => {
        const name = ofMunicipality.find((organisation) => organisation.id === organisationId)?.name ?? organisationId;
        const staff = (professionals.data ?? []).filter((professional) => professional.organisationIds.includes(organisationId));
        return (
          <Field key={organisationId}>
            <Label htmlFor={`contact-${organisationId}`}>{t('collaboration.contactFor', { organisation: name })}</Label>
            <Select id={`contact-${organisationId}`} value={contacts[organisationId] ?? ''}
                    onChange={(event) => setContacts({ ...contacts, [organisationId]: event.target.value })}>
              <option value="">{t('common.choose')}</option>
              {staff.map((professional) => <option key={professional.id} value={professional.id}>{professional.name}</option>)}
            </Select>
          </Field>
        );
      })}
      {save.error?.fieldError('organisationId') && <Alert data-color="danger">{fieldError(save.error, 'organisationId')}</Alert>}
      <Textfield id="agreement-routines" multiline rows={4} label={t('collaboration.routines')} description={t('collaboration.routinesHelp')}
                 value={routines} onChange={(event) => setRoutines(event.target.value)} />
      <div className="hh-row">
        <Textfield id="agreement-from" type="date" label={t('collaboration.validFrom')} required value={validFrom}
                   error={fieldError(save.error, 'validFrom')} onChange={(event) => setValidFrom(event.target.value)} />
        <Textfield id="agreement-to" type="date" label={t('collaboration.validTo')} value={validTo}
                   error={fieldError(save.error, 'validTo')} onChange={(event) => setValidTo(event.target.value)} />
        <Textfield id="agreement-review" type="date" label={t('collaboration.reviewDate')} value={reviewDate}
                   onChange={(event) => setReviewDate(event.target.value)} />
      </div>
      <div className="hh-actions">
        <Button type="submit" loading={save.isPending}>{agreement ? t('common.save') : t('collaboration.record')}</Button>
        <Button variant="tertiary" onClick={onDone}>{t('common.cancel')}</Button>
      </div>
      {save.isError && !save.error.errors.length && <ProblemAlert problem={save.error} />}
    </form>
  );
}

/** On the admin's start page: the agreements whose review date has come. */
export function ReviewDueNotice() {
  const { t } = useTranslation();
  const agreements = useCollaborationAgreements();
  const due = (agreements.data ?? []).filter((agreement) => agreement.reviewDue);
  if (due.length === 0) return null;
  return (
    <Alert data-color="warning" data-testid="review-due">
      <Heading level={2} data-size="xs">{t('collaboration.reviewDueTitle', { count: due.length })}</Heading>
      <ul className="hh-plain-list">
        {due.map((agreement) => <li key={agreement.id}>{agreement.title} ({formatDate(agreement.reviewDate)})</li>)}
      </ul>
      <Paragraph><Link to="/admin/agreements">{t('collaboration.open')}</Link></Paragraph>
    </Alert>
  );
}
