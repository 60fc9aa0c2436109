import { Button, Field, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ReviewDueNotice } from '../../agreements/pages/CollaborationAgreementsPage';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { useOrganisations } from '../api/queries';
import { CoordinatorsInput, ORGANISATION_TYPES, OrganisationType, type Organisation } from '../../../shared/api/types';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { useSession } from '../../../shared/session';

/** The municipality admin's register of the services that serve the municipality. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.title'));
  const organisations = useOrganisations();
  const session = useSession();
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [formKey, setFormKey] = useState(0);
  const own = (organisation: Organisation) => organisation.ownerMunicipalityId === session.data?.activeMunicipality;
  return (
    <section>
      <Heading level={1} data-size="lg">{t('organisations.title')}</Heading>
      <ReviewDueNotice />
      <Paragraph>{t('organisations.intro')}</Paragraph>
      {organisations.isPending && <Loading />}
      {organisations.isError && <ProblemAlert problem={organisations.error} />}
      {organisations.isSuccess && organisations.data.length === 0 && <Empty>{t('organisations.empty')}</Empty>}
      {organisations.isSuccess && organisations.data.length > 0 && (
        <TableWrap label={t('organisations.title')}>
          <Table zebra data-testid="organisations">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('organisations.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organisations.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organisations.contact')}</Table.HeaderCell>
                <Table.HeaderCell><span className="hh-visually-hidden">{t('common.actions')}</span></Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {organisations.data.map((organisation) => (
                <Table.Row key={organisation.id}>
                  <Table.Cell>{organisation.name}</Table.Cell>
                  <Table.Cell>{t(`organisationType.${organisation.type}`)}</Table.Cell>
                  <Table.Cell>{[organisation.phone, organisation.email].filter(Boolean).join(', ') || '–'}</Table.Cell>
                  <Table.Cell>
                    {own(organisation)
                      ? <Button variant="tertiary" data-size="sm" aria-label={t('common.editNamed', { name: organisation.name })}
                                onClick={() => { setEditing(organisation); setFormKey(formKey + 1); }}>{t('common.edit')}</Button>
                      : <span className="hh-muted">{t('organisations.shared')}</span>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
      <OrganisationForm key={formKey} editing={editing} onDone={() => { setEditing(null); setFormKey(formKey + 1); }} />
    </section>
  );
}

function OrganisationForm({ editing, onDone }: { editing: Organisation | null; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [name, setName] = useState(editing?.name ?? '');
  const [type, setType] = useState<OrganisationType>(editing?.type ?? 'refugee-service');
  const [phone, setPhone] = useState(editing?.phone ?? '');
  const [email, setEmail] = useState(editing?.email ?? '');
  const [servicesOffered, setServicesOffered] = useState(editing?.servicesOffered ?? '');
  const save = useChange(() => api(editing ? `/coordinators/organisations/${editing.id}` : '/coordinators/organisations', {
    method: editing ? 'PUT' : 'POST',
    body: {
      name, type, phone: phone || undefined, email: email || undefined, servicesOffered: servicesOffered || undefined,
      municipalityIds: editing?.municipalityIds, version: editing?.version,
    } satisfies CoordinatorsInput['OrganisationInput'],
  }), [['organisations']]);
  return (
    <form className="hh-form hh-subform" aria-labelledby="organisation-form-heading" onSubmit={(event) => {
      event.preventDefault();
      save.mutate(undefined, { onSuccess: onDone });
    }}>
      <Heading level={2} data-size="sm" id="organisation-form-heading">
        {editing ? t('organisations.editTitle', { name: editing.name }) : t('organisations.add')}
      </Heading>
      <Textfield id="organisation-name" label={t('organisations.name')} required value={name} error={fieldError(save.error, 'name')}
                 onChange={(event) => setName(event.target.value)} />
      <Field>
        <Label htmlFor="organisation-type">{t('organisations.type')}</Label>
        <Select id="organisation-type" value={type} onChange={(event) => setType(event.target.value as OrganisationType)}>
          {ORGANISATION_TYPES.map((code) => <option key={code} value={code}>{t(`organisationType.${code}`)}</option>)}
        </Select>
      </Field>
      <Textfield id="organisation-phone" type="tel" label={t('register.phone')} value={phone} error={fieldError(save.error, 'phone')}
                 onChange={(event) => setPhone(event.target.value)} />
      <Textfield id="organisation-email" type="email" label={t('register.email')} value={email} error={fieldError(save.error, 'email')}
                 onChange={(event) => setEmail(event.target.value)} />
      <Textfield id="organisation-services" multiline rows={2} label={t('organisations.services')} value={servicesOffered}
                 onChange={(event) => setServicesOffered(event.target.value)} />
      <div className="hh-actions">
        <Button type="submit" loading={save.isPending}>{editing ? t('common.save') : t('organisations.addButton')}</Button>
        {editing && <Button type="button" variant="tertiary" onClick={onDone}>{t('common.cancel')}</Button>}
      </div>
      {save.isError && !save.error.errors.length && <ProblemAlert problem={save.error} />}
    </form>
  );
}
