import type { components as ParticipantsApi } from './generated/participants';
import type { components as CoordinatorsApi } from './generated/coordinators';
import type {
  AccessLogEntry, CaseloadEntry, Consent, CoordinatorAssignment, Enrolment, MaskedNationalId, MyRecords, MyTeam, MyTeamPerson, MyTeams,
  NationalIdChange, NetworkPerson, Organisation, Participant, PersonRecord, Professional, Team, TeamMember,
} from './types';

/**
 * The UI's types say which fields are always there; the services' OpenAPI (generated into ./generated at build time)
 * says what exists. Each UI type must name only fields the OpenAPI has, with types it allows: a field renamed or
 * removed in a service fails `npm run build` here, not in a browser.
 */
type Conforms<Ours, Theirs> = [Exclude<keyof Ours, keyof Theirs>] extends [never] ? (Ours extends Theirs ? true : false) : false;

type P = ParticipantsApi['schemas'];
type C = CoordinatorsApi['schemas'];

export const conformance: [
  Conforms<Participant, P['Participant']>,
  Conforms<MaskedNationalId, P['MaskedNationalId']>,
  Conforms<Enrolment, P['Enrolment']>,
  Conforms<NetworkPerson, P['NetworkPerson']>,
  Conforms<Consent, P['Consent']>,
  Conforms<AccessLogEntry, P['AccessLogEntry']>,
  Conforms<PersonRecord, P['PersonRecord']>,
  Conforms<MyRecords, P['MyRecords']>,
  Conforms<NationalIdChange, P['NationalIdChange']>,
  Conforms<CaseloadEntry, C['CaseloadEntry']>,
  Conforms<CoordinatorAssignment, C['CoordinatorAssignment']>,
  Conforms<TeamMember, C['TeamMember']>,
  Conforms<Team, C['Team']>,
  Conforms<Organisation, C['Organisation']>,
  Conforms<Professional, C['Professional']>,
  Conforms<MyTeams, C['MyTeams']>,
  Conforms<MyTeam, C['MyTeam']>,
  Conforms<MyTeamPerson, C['MyTeamPerson']>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
