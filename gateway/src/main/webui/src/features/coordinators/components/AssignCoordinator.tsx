import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import type { CoordinatorsInput } from '../../../shared/api/types';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { useOrganisations, useProfessionals } from '../api/queries';
import { ProblemAlert } from '../../../shared/components/States';

/** Assigns or hands over the responsible coordinator: a professional and the organisation they act for. */
export function AssignCoordinator({ participantId, handover = false, onDone }: { participantId: string; handover?: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const professionals = useProfessionals();
  const organisations = useOrganisations();
  const [professionalId, setProfessionalId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [note, setNote] = useState('');
  const assign = useChange(
    () => api(`/coordinators/participants/${participantId}/coordinator`, { method: 'PUT', body: { professionalId, organisationId, note: note.trim() || undefined } satisfies CoordinatorsInput['CoordinatorInput'] }),
    [['team', participantId], ['caseload'], ['unassigned']]);
  const professional = professionals.data?.find((candidate) => candidate.id === professionalId);
  const choices = (organisations.data ?? []).filter((organisation) => !professional || professional.organisationIds.includes(organisation.id));

  return (
    <form className="hh-inline-form" onSubmit={(event) => {
      event.preventDefault();
      assign.mutate(undefined, { onSuccess: () => onDone?.() });
    }}>
      <Field>
        <Label htmlFor={id + 'p'}>{t('team.coordinator')}</Label>
        <Select id={id + 'p'} required value={professionalId} onChange={(event) => {
          setProfessionalId(event.target.value);
          const chosen = professionals.data?.find((candidate) => candidate.id === event.target.value);
          setOrganisationId(chosen?.organisationIds[0] ?? '');
        }}>
          <option value="">{t('common.choose')}</option>
          {(professionals.data ?? []).map((candidate) => (
            <option key={candidate.id} value={candidate.id}>{candidate.name} ({candidate.profession})</option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={id + 'o'}>{t('team.organisation')}</Label>
        <Select id={id + 'o'} required value={organisationId} onChange={(event) => setOrganisationId(event.target.value)}>
          <option value="">{t('common.choose')}</option>
          {choices.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
        </Select>
      </Field>
      {handover && (
        <Textfield id={id + 'n'} multiline rows={2} label={t('team.handoverNote')} description={t('team.handoverNoteHelp')}
                   value={note} onChange={(event) => setNote(event.target.value)} />
      )}
      <Button type="submit" loading={assign.isPending}>{handover ? t('team.handOver') : t('team.assign')}</Button>
      {assign.isError && <ProblemAlert problem={assign.error} />}
    </form>
  );
}
