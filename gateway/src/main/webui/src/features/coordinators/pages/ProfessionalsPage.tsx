import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../shared/components/TableWrap';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { useOrganisations, useProfessionals } from '../api/queries';
import type { CoordinatorsInput, Professional } from '../../../shared/api/types';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';

/** The municipality admin's register of professionals: who signs in as whom, and for which organisations. */
export function ProfessionalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('professionals.title'));
  const professionals = useProfessionals();
  const organisations = useOrganisations();
  const [editing, setEditing] = useState<Professional | null>(null);
  const [formKey, setFormKey] = useState(0);
  const organisationNames = (ids: string[]) =>
    ids.map((id) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? '?').join(', ');
  return (
    <section>
      <Heading level={1} data-size="lg">{t('professionals.title')}</Heading>
      <Paragraph>{t('professionals.intro')}</Paragraph>
      {professionals.isPending && <Loading />}
      {professionals.isError && <ProblemAlert problem={professionals.error} />}
      {professionals.isSuccess && professionals.data.length === 0 && <Empty>{t('professionals.empty')}</Empty>}
      {professionals.isSuccess && professionals.data.length > 0 && (
        <TableWrap label={t('professionals.title')}>
          <Table zebra data-testid="professionals">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('professionals.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('professionals.profession')}</Table.HeaderCell>
                <Table.HeaderCell>{t('professionals.organisations')}</Table.HeaderCell>
                <Table.HeaderCell><span className="hh-visually-hidden">{t('common.actions')}</span></Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {professionals.data.map((professional) => (
                <Table.Row key={professional.id}>
                  <Table.Cell>{professional.name}<div className="hh-muted">{professional.email}</div></Table.Cell>
                  <Table.Cell>{professional.profession}</Table.Cell>
                  <Table.Cell>{organisationNames(professional.organisationIds)}</Table.Cell>
                  <Table.Cell>
                    <Button variant="tertiary" data-size="sm" aria-label={t('common.editNamed', { name: professional.name })}
                            onClick={() => { setEditing(professional); setFormKey(formKey + 1); }}>{t('common.edit')}</Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableWrap>
      )}
      <ProfessionalForm key={formKey} editing={editing} onDone={() => { setEditing(null); setFormKey(formKey + 1); }}
                        onEditExisting={(existing) => { setEditing(existing); setFormKey(formKey + 1); }} />
    </section>
  );
}

function ProfessionalForm({ editing, onDone, onEditExisting }: {
  editing: Professional | null;
  onDone: () => void;
  onEditExisting: (professional: Professional) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const organisations = useOrganisations();
  const [subject, setSubject] = useState(editing?.subject ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [profession, setProfession] = useState(editing?.profession ?? '');
  const [email, setEmail] = useState(editing?.email ?? '');
  const [phone, setPhone] = useState(editing?.phone ?? '');
  const [organisationIds, setOrganisationIds] = useState<string[]>(editing?.organisationIds ?? []);
  const save = useChange(() => api(editing ? `/coordinators/professionals/${editing.id}` : '/coordinators/professionals', {
    method: editing ? 'PUT' : 'POST',
    body: {
      subject, name, profession, email: email || undefined, phone: phone || undefined, organisationIds,
      languages: editing?.languages, version: editing?.version,
    } satisfies CoordinatorsInput['ProfessionalInput'],
  }), [['professionals']]);
  const toggle = (id: string) => setOrganisationIds(organisationIds.includes(id) ? organisationIds.filter((known) => known !== id) : [...organisationIds, id]);
  return (
    <form className="hh-form hh-subform" aria-labelledby="professional-form-heading" onSubmit={(event) => {
      event.preventDefault();
      save.mutate(undefined, { onSuccess: onDone });
    }}>
      <Heading level={2} data-size="sm" id="professional-form-heading">
        {editing ? t('professionals.editTitle', { name: editing.name }) : t('professionals.add')}
      </Heading>
      <Textfield id="professional-subject" label={t('professionals.subject')} description={t('professionals.subjectHelp')} required
                 value={subject} readOnly={!!editing} error={fieldError(save.error, 'subject')} onChange={(event) => setSubject(event.target.value)} />
      <Textfield id="professional-name" label={t('professionals.name')} required value={name} error={fieldError(save.error, 'name')}
                 onChange={(event) => setName(event.target.value)} />
      <Textfield id="professional-profession" label={t('professionals.profession')} required value={profession}
                 error={fieldError(save.error, 'profession')} onChange={(event) => setProfession(event.target.value)} />
      <Textfield id="professional-email" type="email" label={t('register.email')} value={email} error={fieldError(save.error, 'email')}
                 onChange={(event) => setEmail(event.target.value)} />
      <Textfield id="professional-phone" type="tel" label={t('register.phone')} value={phone} error={fieldError(save.error, 'phone')}
                 onChange={(event) => setPhone(event.target.value)} />
      <Fieldset>
        <Fieldset.Legend>{t('professionals.organisations')}</Fieldset.Legend>
        {(organisations.data ?? []).map((organisation) => (
          <Checkbox key={organisation.id} label={organisation.name} value={organisation.id} checked={organisationIds.includes(organisation.id)}
                    onChange={() => toggle(organisation.id)} />
        ))}
      </Fieldset>
      <div className="hh-actions">
        <Button type="submit" loading={save.isPending}>{editing ? t('common.save') : t('professionals.addButton')}</Button>
        {editing && <Button type="button" variant="tertiary" onClick={onDone}>{t('common.cancel')}</Button>}
      </div>
      {save.isError && save.error.type === 'already-registered' ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('professionals.alreadyRegistered')}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={async () =>
            onEditExisting(await api<Professional>(`/coordinators/professionals/${String(save.error?.body.existingProfessionalId)}`))}>
            {t('professionals.editExisting')}
          </Button>
        </Alert>
      ) : save.isError && <ProblemAlert problem={save.error} />}
    </form>
  );
}
