import { useTranslation } from 'react-i18next';
import type { PlanAction, Responsible } from '../../../shared/api/types';
import { useOrganisations, useProfessionals, useTeam } from '../../coordinators/api/queries';
import { useNetwork } from '../../participants/api/queries';

/** Someone an action or a meeting can name: a professional, an organisation or the network person, by id. */
export interface Choice {
  id: string;
  name: string;
}

/**
 * Who is around the person, by name, for a caseworker: the professionals of the team (the coordinator first), the
 * municipality's organisations, the network persons. The agreements service knows only ids; the names come from the
 * services that hold them.
 */
export function useWho(participantId: string) {
  const { t } = useTranslation();
  const team = useTeam(participantId);
  const network = useNetwork(participantId);
  const organisations = useOrganisations();
  const professionals = useProfessionals();

  const teamPeople: Choice[] = [
    ...(team.data?.coordinator ? [{ id: team.data.coordinator.professionalId, name: team.data.coordinator.professionalName }] : []),
    ...(team.data?.members ?? []).map((member) => ({ id: member.professionalId, name: `${member.name} (${member.organisationName})` })),
  ].filter((choice, index, all) => all.findIndex((other) => other.id === choice.id) === index);
  const organisationChoices: Choice[] = (organisations.data ?? []).map(({ id, name }) => ({ id, name }));
  const networkPeople: Choice[] = (network.data ?? []).map(({ id, name, relation }) => ({ id, name: `${name} (${relation})` }));

  const choicesFor = (responsible: Responsible): Choice[] =>
    responsible === 'team-member' ? teamPeople : responsible === 'organisation' ? organisationChoices : responsible === 'network-person' ? networkPeople : [];

  const nameOf = (id?: string): string | undefined =>
    [...teamPeople, ...organisationChoices, ...networkPeople].find((choice) => choice.id === id)?.name
    ?? professionals.data?.find((professional) => professional.id === id)?.name;

  /** Who carries the action out, in words. */
  const whoDoes = (action: Pick<PlanAction, 'responsible' | 'responsibleId'>): string =>
    action.responsible === 'person' ? t('responsible.person') : nameOf(action.responsibleId) ?? t(`responsible.${action.responsible}`);

  return { teamPeople, networkPeople, choicesFor, nameOf, whoDoes };
}
