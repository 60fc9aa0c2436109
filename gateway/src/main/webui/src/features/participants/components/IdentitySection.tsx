import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import type { Participant, ParticipantsInput } from '../../../shared/api/types';
import { formatDate } from '../../../shared/format';
import { ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { NationalIdField } from '../../../shared/components/NationalIdField';
import { checkNationalId, type Country } from '../../../shared/nationalId';

/**
 * Who the person is: name, status, the masked number (revealed only with a purpose, which is logged), languages,
 * contact. The coordinator adds or corrects the number with a reason the person reads: their own sign-in follows it.
 */
export function IdentitySection({ person, mayReveal, mayChangeNumber }: { person: Participant; mayReveal: boolean; mayChangeNumber: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="identity-heading" className="hh-card">
      <Heading level={2} data-size="sm" id="identity-heading">{t('person.identity')}</Heading>
      <dl className="hh-facts">
        <dt>{t('person.status')}</dt>
        <dd><Tag data-color={person.status === 'active' ? 'success' : 'neutral'} data-size="sm">{t(`status.${person.status}`)}</Tag></dd>
        <dt>{t('register.nationalId')}</dt>
        <dd>
          {person.nationalId ? <NationalId person={person} mayReveal={mayReveal} /> : t('person.noNationalId')}
          {mayChangeNumber && person.status === 'active' && <ChangeNationalId person={person} />}
        </dd>
        <dt>{t('register.dateOfBirth')}</dt>
        <dd>{formatDate(person.dateOfBirth)}</dd>
        <dt>{t('register.languages')}</dt>
        <dd>{person.preferredLanguages.length ? person.preferredLanguages.join(', ') : '–'}
          {person.interpreterNeeded && <> · {t('person.interpreter', { language: person.interpreterLanguage ?? '?' })}</>}
        </dd>
        <dt>{t('register.phone')}</dt>
        <dd>{person.contact?.phone ?? '–'}</dd>
        <dt>{t('register.email')}</dt>
        <dd>{person.contact?.email ?? '–'}</dd>
      </dl>
    </section>
  );
}

function NationalId({ person, mayReveal }: { person: Participant; mayReveal: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [purpose, setPurpose] = useState('');
  const reveal = useChange((why: string) => api<{ formatted: string }>(`/participants/${person.id}/national-id/reveal`,
    { method: 'POST', body: { purpose: why } satisfies ParticipantsInput['RevealRequest'] }), [['access-log', person.id]]);
  const id = person.nationalId!;
  if (reveal.data) {
    return (
      <>
        <span data-testid="national-id-revealed">{reveal.data.formatted}</span>{' '}
        <span className="hh-muted">{t('person.revealLogged')}</span>
      </>
    );
  }
  return (
    <>
      <span>{id.masked}</span> <span className="hh-muted">({t(`country.${id.country}`)}, {t(`kind.${id.kind}`)})</span>
      {mayReveal && !asking && (
        <Button variant="tertiary" data-size="sm" onClick={() => setAsking(true)}>{t('person.reveal')}</Button>
      )}
      {asking && (
        <form className="hh-inline-form" onSubmit={(event) => { event.preventDefault(); reveal.mutate(purpose); }}>
          <Textfield label={t('person.revealPurpose')} description={t('person.revealPurposeHelp')} value={purpose} required
                     onChange={(event) => setPurpose(event.target.value)} />
          <Button type="submit" data-size="sm" loading={reveal.isPending}>{t('person.revealConfirm')}</Button>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setAsking(false)}>{t('common.cancel')}</Button>
          {reveal.isError && <ProblemAlert problem={reveal.error} />}
        </form>
      )}
      {id.warnings?.map((warning) => <Paragraph key={warning} data-size="sm">{warning}</Paragraph>)}
    </>
  );
}

function ChangeNationalId({ person }: { person: Participant }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [country, setCountry] = useState<Country>(person.nationalId?.country ?? 'NO');
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const fieldError = useFieldErrorText();
  const change = useChange(() => api(`/participants/${person.id}/national-id`, {
    method: 'PUT', body: { nationalId: { country, number: number.trim() }, reason: reason.trim() } satisfies ParticipantsInput['NationalIdChangeInput'],
  }), [['participant', person.id], ['access-log', person.id]]);
  if (!open) {
    return (
      <Button variant="tertiary" data-size="sm" onClick={() => setOpen(true)}>
        {person.nationalId ? t('person.changeNationalId') : t('person.addNationalId')}
      </Button>
    );
  }
  return (
    <form className="hh-form hh-subform" onSubmit={(event) => {
      event.preventDefault();
      if (!checkNationalId(country, number).valid) return;
      change.mutate(undefined, { onSuccess: () => { setOpen(false); setNumber(''); setReason(''); } });
    }}>
      <NationalIdField country={country} number={number} serverError={fieldError(change.error, 'nationalId.number')}
                       onChange={(nextCountry, nextNumber) => { setCountry(nextCountry); setNumber(nextNumber); }} />
      <Textfield id="national-id-change-reason" label={t('person.changeReason')} description={t('person.changeReasonHelp')}
                 required value={reason} error={fieldError(change.error, 'reason')} onChange={(event) => setReason(event.target.value)} />
      <div className="hh-actions">
        <Button type="submit" data-size="sm" loading={change.isPending}>{t('person.changeConfirm')}</Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </div>
      {change.isError && <ProblemAlert problem={change.error} />}
    </form>
  );
}
