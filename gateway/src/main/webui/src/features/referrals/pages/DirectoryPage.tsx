import { Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LIFE_AREAS, type DirectoryService, type LifeArea, type ReferralsInput, type Session } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { municipalityName } from '../../../shared/format';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { capabilities } from '../../../shared/session';
import { useOrganisations } from '../../coordinators/api/queries';
import { useDirectory } from '../api/queries';

/**
 * The service directory: what the services around the person offer, to whom, in which language, how long one waits and how
 * to reach them; searched by words, part of life and language (kept in the address). Admins register their own entries.
 */
export function DirectoryPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const [params, setParams] = useSearchParams();
  const services = useDirectory(params);
  const [text, setText] = useState(params.get('q') ?? '');
  const [editing, setEditing] = useState<DirectoryService | 'new' | null>(null);
  const admin = capabilities(session).admin;
  const set = (name: string, value: string) => setParams((current) => {
    const copy = new URLSearchParams(current);
    if (value) copy.set(name, value); else copy.delete(name);
    return copy;
  }, { replace: true });
  return (
    <section>
      <Heading level={1} data-size="lg">{t('directory.title')}</Heading>
      <Paragraph>{t('directory.intro')}</Paragraph>
      <form className="hh-inline-form" role="search" onSubmit={(event) => { event.preventDefault(); set('q', text.trim()); }}>
        <Textfield id="directory-q" label={t('directory.search')} value={text} onChange={(event) => setText(event.target.value)} />
        <Field>
          <Label htmlFor="directory-area">{t('directory.lifeArea')}</Label>
          <Select id="directory-area" value={params.get('lifeArea') ?? ''} onChange={(event) => set('lifeArea', event.target.value)}>
            <option value="">{t('directory.any')}</option>
            {LIFE_AREAS.map((area) => <option key={area} value={area}>{t(`lifeArea.${area}`)}</option>)}
          </Select>
        </Field>
        <Textfield id="directory-language" label={t('directory.language')} description={t('directory.languageHelp')}
                   value={params.get('language') ?? ''} onChange={(event) => set('language', event.target.value.trim().toLowerCase())} />
        <Button type="submit" variant="secondary">{t('directory.find')}</Button>
      </form>
      {admin && editing === null && <div className="hh-actions"><Button onClick={() => setEditing('new')}>{t('directory.register')}</Button></div>}
      {admin && editing !== null && <ServiceForm session={session} service={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      {services.isPending && <Loading />}
      {services.isError && <ProblemAlert problem={services.error} />}
      {services.isSuccess && services.data.length === 0 && <Empty>{t('directory.empty')}</Empty>}
      <ul className="hh-cards" data-testid="directory">
        {services.data?.map((service) => (
          <li key={service.id} className="hh-person-card" aria-labelledby={`service-${service.id}`}>
            <Heading level={2} data-size="xs" id={`service-${service.id}`}>{service.name}</Heading>
            <Paragraph data-size="sm">{service.provider}</Paragraph>
            {service.description && <Paragraph data-size="sm">{service.description}</Paragraph>}
            <ul className="hh-tags">
              {service.lifeAreas.map((area) => <li key={area}><Tag data-size="sm" data-color="info">{t(`lifeArea.${area}`)}</Tag></li>)}
            </ul>
            <dl className="hh-facts">
              {service.eligibility && <><dt>{t('directory.eligibility')}</dt><dd>{service.eligibility}</dd></>}
              {service.languages.length > 0 && <><dt>{t('directory.languages')}</dt><dd>{service.languages.join(', ')}</dd></>}
              {service.waitingDays !== undefined && service.waitingDays !== null && <><dt>{t('directory.waiting')}</dt><dd>{t('directory.days', { count: service.waitingDays })}</dd></>}
              {(service.phone || service.email) && <><dt>{t('directory.contact')}</dt><dd>{[service.phone, service.email].filter(Boolean).join(', ')}</dd></>}
              {service.openingHours && <><dt>{t('directory.openingHours')}</dt><dd>{service.openingHours}</dd></>}
              <dt>{t('directory.serves')}</dt><dd>{service.servedMunicipalityIds.map(municipalityName).join(', ')}</dd>
            </dl>
            {admin && service.keptBy === session.activeMunicipality && (
              <Button variant="tertiary" data-size="sm" onClick={() => setEditing(service)}
                      aria-label={t('common.editNamed', { name: service.name })}>{t('common.edit')}</Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ServiceForm({ session, service, onDone }: { session: Session; service?: DirectoryService; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const organisations = useOrganisations();
  const own = session.activeMunicipality ?? '';
  const [organisationId, setOrganisationId] = useState(service?.organisationId ?? '');
  const [name, setName] = useState(service?.name ?? '');
  const [description, setDescription] = useState(service?.description ?? '');
  const [eligibility, setEligibility] = useState(service?.eligibility ?? '');
  const [languages, setLanguages] = useState((service?.languages ?? []).join(', '));
  const [areas, setAreas] = useState<LifeArea[]>(service?.lifeAreas ?? []);
  const [waitingDays, setWaitingDays] = useState(service?.waitingDays?.toString() ?? '');
  const [phone, setPhone] = useState(service?.phone ?? '');
  const [email, setEmail] = useState(service?.email ?? '');
  const [openingHours, setOpeningHours] = useState(service?.openingHours ?? '');
  const [served, setServed] = useState<string[]>(service?.servedMunicipalityIds ?? [own]);
  const provider = organisations.data?.find((organisation) => organisation.id === organisationId);
  const save = useChange(() => api(service ? `/referrals/services/${service.id}` : '/referrals/services', {
    method: service ? 'PUT' : 'POST',
    body: {
      organisationId, name, description: description || undefined, eligibility: eligibility || undefined,
      languages: languages.split(',').map((code) => code.trim()).filter(Boolean), lifeAreas: areas,
      waitingDays: waitingDays ? Number(waitingDays) : undefined, phone: phone || undefined, email: email || undefined,
      openingHours: openingHours || undefined, servedMunicipalityIds: served, version: service?.version,
    } satisfies ReferralsInput['DirectoryServiceInput'],
  }), [['directory']]);
  return (
    <form className="hh-form hh-card" aria-labelledby="service-form-heading" onSubmit={(event) => {
      event.preventDefault();
      save.mutate(undefined, { onSuccess: onDone });
    }}>
      <Heading level={2} data-size="sm" id="service-form-heading">{service ? t('directory.change', { name: service.name }) : t('directory.register')}</Heading>
      <Field>
        <Label htmlFor="service-provider">{t('directory.provider')}</Label>
        <Select id="service-provider" required value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
          <option value="">{t('common.choose')}</option>
          {(organisations.data ?? []).map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
        </Select>
      </Field>
      <Textfield id="service-name" label={t('directory.name')} required value={name} error={fieldError(save.error, 'name')}
                 onChange={(event) => setName(event.target.value)} />
      <Textfield id="service-description" multiline rows={3} label={t('directory.description')} value={description}
                 onChange={(event) => setDescription(event.target.value)} />
      <Textfield id="service-eligibility" label={t('directory.eligibility')} value={eligibility} onChange={(event) => setEligibility(event.target.value)} />
      <div className="hh-row">
        <Textfield id="service-languages" label={t('directory.languages')} description={t('directory.languagesHelp')} value={languages}
                   error={fieldError(save.error, 'languages')} onChange={(event) => setLanguages(event.target.value)} />
        <Textfield id="service-waiting" type="number" min={0} max={3650} label={t('directory.waitingDays')} value={waitingDays}
                   error={fieldError(save.error, 'waitingDays')} onChange={(event) => setWaitingDays(event.target.value)} />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('directory.lifeAreas')}</Fieldset.Legend>
        <div className="hh-checkbox-grid">
          {LIFE_AREAS.map((area) => (
            <Checkbox key={area} label={t(`lifeArea.${area}`)} checked={areas.includes(area)}
                      onChange={(event) => setAreas(event.target.checked ? [...areas, area] : areas.filter((other) => other !== area))} />
          ))}
        </div>
      </Fieldset>
      <div className="hh-row">
        <Textfield id="service-phone" type="tel" label={t('directory.phone')} value={phone} onChange={(event) => setPhone(event.target.value)} />
        <Textfield id="service-email" type="email" label={t('directory.email')} value={email} error={fieldError(save.error, 'email')}
                   onChange={(event) => setEmail(event.target.value)} />
        <Textfield id="service-hours" label={t('directory.openingHours')} value={openingHours} onChange={(event) => setOpeningHours(event.target.value)} />
      </div>
      {provider && provider.municipalityIds.length > 1 && (
        <Fieldset>
          <Fieldset.Legend>{t('directory.serves')}</Fieldset.Legend>
          <Fieldset.Description>{t('directory.servesHelp')}</Fieldset.Description>
          {provider.municipalityIds.map((municipality) => (
            <Checkbox key={municipality} label={municipalityName(municipality)} checked={served.includes(municipality)} disabled={municipality === own}
                      onChange={(event) => setServed(event.target.checked ? [...served, municipality] : served.filter((other) => other !== municipality))} />
          ))}
        </Fieldset>
      )}
      <div className="hh-actions">
        <Button type="submit" loading={save.isPending}>{service ? t('common.save') : t('directory.registerButton')}</Button>
        <Button variant="tertiary" onClick={onDone}>{t('common.cancel')}</Button>
      </div>
      {save.isError && <ProblemAlert problem={save.error} />}
    </form>
  );
}
