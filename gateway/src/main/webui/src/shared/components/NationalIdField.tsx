import { Field, Input, Label, Select, ValidationMessage, Fieldset } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { keyFromCode } from '../i18n';
import { checkNationalId, type Country, type NationalIdCheck } from '../nationalId';

/** Country and identity number, checked as the caseworker types with the service's own rules and words. */
export function NationalIdField({ country, number, onChange, serverError }: {
  country: Country;
  number: string;
  onChange: (country: Country, number: string) => void;
  serverError?: string;
}) {
  const { t } = useTranslation();
  const check: NationalIdCheck | null = number.trim() ? checkNationalId(country, number) : null;
  const error = check && !check.valid ? nationalIdMessage(t, check) : serverError;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('register.nationalId')}</Fieldset.Legend>
      <Fieldset.Description>{t('register.nationalIdHelp')}</Fieldset.Description>
      <div className="hh-row">
        <Field>
          <Label htmlFor="nationalIdCountry">{t('register.country')}</Label>
          <Select id="nationalIdCountry" width="auto" value={country} onChange={(event) => onChange(event.target.value as Country, number)}>
            <option value="NO">{t('country.NO')}</option>
            <option value="SE">{t('country.SE')}</option>
            <option value="DK">{t('country.DK')}</option>
          </Select>
        </Field>
        <Field>
          <Label htmlFor="nationalIdNumber">{t('register.number')}</Label>
          <Input id="nationalIdNumber" inputMode="numeric" autoComplete="off" value={number}
                 aria-invalid={error ? true : undefined} aria-describedby={error ? 'nationalIdError' : undefined}
                 onChange={(event) => onChange(country, event.target.value)} />
          {error && <ValidationMessage id="nationalIdError" data-testid="national-id-error" data-code={check && !check.valid ? check.code : undefined}>{error}</ValidationMessage>}
          {check?.valid && check.warning && <ValidationMessage data-color="warning">{t(`nationalId.warning.${check.warning}`)}</ValidationMessage>}
          {check?.valid && !check.warning && <ValidationMessage data-color="success">{t('nationalId.valid')}</ValidationMessage>}
        </Field>
      </div>
    </Fieldset>
  );
}


export function nationalIdMessage(t: TFunction, check: Extract<NationalIdCheck, { valid: false }>): string {
  const key = check.code === 'wrong-length' && check.expected ? 'wrong-length-count' : check.code;
  return t(keyFromCode('nationalId', key), { expected: check.expected, actual: check.actual });
}
