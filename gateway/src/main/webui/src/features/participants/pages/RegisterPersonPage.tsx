import { Alert, Button, Checkbox, ErrorSummary, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import type { Participant } from '../../../shared/api/types';
import { NationalIdField } from '../../../shared/components/NationalIdField';
import { ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { usePageTitle } from '../../../shared/components/usePageTitle';
import { checkNationalId, type Country } from '../../../shared/nationalId';

/** Registers a person in the active municipality; the identity number is optional (not everyone has one yet). */
export function RegisterPersonPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const navigate = useNavigate();
  const fieldError = useFieldErrorText();
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [country, setCountry] = useState<Country>('NO');
  const [number, setNumber] = useState('');
  const [languages, setLanguages] = useState('');
  const [interpreterNeeded, setInterpreterNeeded] = useState(false);
  const [interpreterLanguage, setInterpreterLanguage] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [whatMatters, setWhatMatters] = useState('');
  const [tried, setTried] = useState(false);

  const register = useChange((body: unknown) => api<Participant>('/participants', { method: 'POST', body }), [['caseload'], ['unassigned']]);
  const nameMissing = tried && !name.trim();
  const numberInvalid = number.trim() !== '' && !checkNationalId(country, number).valid;
  const alreadyRegistered = register.error?.type === 'already-registered';
  // The API names the existing record only to someone who may open it.
  const existing = alreadyRegistered ? String(register.error?.body.existingParticipantId ?? '') : '';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim() || numberInvalid) return;
    register.mutate({
      name: name.trim(),
      dateOfBirth: dateOfBirth || undefined,
      nationalId: number.trim() ? { country, number: number.trim() } : undefined,
      preferredLanguages: languages.split(/[ ,]+/).map((code) => code.trim().toLowerCase()).filter(Boolean),
      interpreterNeeded,
      interpreterLanguage: interpreterNeeded && interpreterLanguage ? interpreterLanguage.trim().toLowerCase() : undefined,
      contact: phone || email ? { phone: phone || undefined, email: email || undefined } : undefined,
      whatMattersToMe: whatMatters.trim() || undefined,
    }, { onSuccess: (person) => navigate(`/people/${person.id}`) });
  };

  const errors = [
    nameMissing && { field: 'name', text: t('register.nameRequired') },
    tried && numberInvalid && { field: 'nationalIdNumber', text: t('register.numberInvalid') },
  ].filter(Boolean) as { field: string; text: string }[];

  return (
    <section className="hh-narrow">
      <Heading level={1} data-size="lg">{t('register.title')}</Heading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="hh-form">
        {errors.length > 0 && (
          <ErrorSummary>
            <ErrorSummary.Heading>{t('common.fixErrors')}</ErrorSummary.Heading>
            <ErrorSummary.List>
              {errors.map((error) => (
                <ErrorSummary.Item key={error.field}><ErrorSummary.Link href={'#' + error.field}>{error.text}</ErrorSummary.Link></ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary>
        )}
        <Textfield id="name" label={t('register.name')} required value={name} autoComplete="off"
                   error={nameMissing ? t('register.nameRequired') : fieldError(register.error, 'name')}
                   onChange={(event) => setName(event.target.value)} />
        <Textfield id="dateOfBirth" type="date" label={t('register.dateOfBirth')} value={dateOfBirth}
                   error={fieldError(register.error, 'dateOfBirth')} onChange={(event) => setDateOfBirth(event.target.value)} />
        <NationalIdField country={country} number={number} serverError={fieldError(register.error, 'nationalId.number')}
                         onChange={(nextCountry, nextNumber) => { setCountry(nextCountry); setNumber(nextNumber); }} />
        <Textfield id="languages" label={t('register.languages')} description={t('register.languagesHelp')} value={languages}
                   error={fieldError(register.error, 'preferredLanguages')} onChange={(event) => setLanguages(event.target.value)} />
        <Checkbox label={t('register.interpreterNeeded')} checked={interpreterNeeded} onChange={(event) => setInterpreterNeeded(event.target.checked)} />
        {interpreterNeeded && (
          <Textfield id="interpreterLanguage" label={t('register.interpreterLanguage')} value={interpreterLanguage}
                     error={fieldError(register.error, 'interpreterLanguage')} onChange={(event) => setInterpreterLanguage(event.target.value)} />
        )}
        <Textfield id="phone" type="tel" label={t('register.phone')} value={phone} autoComplete="off"
                   error={fieldError(register.error, 'contact.phone')} onChange={(event) => setPhone(event.target.value)} />
        <Textfield id="email" type="email" label={t('register.email')} value={email} autoComplete="off"
                   error={fieldError(register.error, 'contact.email')} onChange={(event) => setEmail(event.target.value)} />
        <Textfield id="whatMattersToMe" multiline rows={3} label={t('register.whatMatters')} description={t('register.whatMattersHelp')}
                   value={whatMatters} onChange={(event) => setWhatMatters(event.target.value)} />
        {alreadyRegistered && (
          <Alert data-color="warning" role="alert">
            <Paragraph>{t('problem.already-registered')}</Paragraph>
            {existing
              ? <Paragraph><Link to={`/people/${existing}`}>{t('register.openExisting')}</Link></Paragraph>
              : <Paragraph>{t('register.existingHidden')}</Paragraph>}
          </Alert>
        )}
        {register.isError && !alreadyRegistered && <ProblemAlert problem={register.error} />}
        <div className="hh-actions">
          <Button type="submit" loading={register.isPending}>{t('register.submit')}</Button>
        </div>
      </form>
    </section>
  );
}
