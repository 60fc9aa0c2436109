import type { components as ParticipantsApi } from './generated/participants';
import type { components as CoordinatorsApi } from './generated/coordinators';
import type { components as AgreementsApi } from './generated/agreements';
import type { components as ReferralsApi } from './generated/referrals';
import type { components as StatisticsApi } from './generated/statistics';

/**
 * The shapes of the gateway's /api/v1 answers this UI uses. The services' OpenAPI is the source: codes come from
 * the generated types, and conformance.ts checks every shape here against them at build time. What this file adds
 * is which fields are always there.
 */
type P = ParticipantsApi['schemas'];
type C = CoordinatorsApi['schemas'];
type A = AgreementsApi['schemas'];
type R = ReferralsApi['schemas'];
type S = StatisticsApi['schemas'];

/** What a request body must be, as the service's OpenAPI says: `body: {…} satisfies ParticipantsInput['GrantConsentRequest']`. */
export type ParticipantsInput = P;
export type CoordinatorsInput = C;
export type AgreementsInput = A;
export type ReferralsInput = R;
type Code<T> = NonNullable<T>;

export type Programme = Code<P['Programme']>;
export type ParticipantStatus = Code<P['ParticipantStatus']>;
export type Category = Code<P['InformationCategory']>;
export type OrganisationType = Code<C['OrganisationType']>;
export type CaseloadFlag = Code<C['CaseloadEntry']['flags']>[number];

// The agreements service marks every field that is always there, so its shapes are the generated ones as they are.
export type Plan = A['Plan'];
export type Goal = A['Goal'];
export type Progress = A['Progress'];
export type PlanAction = A['Action'];
export type Meeting = A['Meeting'];
export type MeetingAttendee = A['MeetingAttendee'];
export type MyPlans = A['MyPlans'];
export type MyMeetings = A['MyMeetings'];
export type MyAction = A['MyAction'];
export type CollaborationAgreement = A['CollaborationAgreement'];
export type LifeArea = A['LifeArea'];
export type GoalStatus = A['GoalStatus'];
export type ActionStatus = A['ActionStatus'];
export type Responsible = A['Responsible'];
export type MeetingKind = A['MeetingKind'];
export type MeetingStatus = A['MeetingStatus'];
export type AttendeeKind = A['AttendeeKind'];
export type DirectoryService = R['DirectoryService'];
export type Referral = R['Referral'];
export type ReferralStatus = R['ReferralStatus'];
export type ReferralStep = R['ReferralStep'];
export type RejectionReason = R['RejectionReason'];
export type FailureReason = R['FailureReason'];
export type ReferralOutcome = R['ReferralOutcome'];
export type ReferralSettings = R['ReferralSettings'];
export type MyReferral = R['MyReferral'];
export type TransitionTask = R['TransitionTask'];
export type Transfer = R['Transfer'];
export type IndicatorDefinition = S['IndicatorDefinition'];
/** A table of figures; a value is null where it is withheld (its measure is then in `suppressed`) or undefined (no denominator). */
export type IndicatorRow = Omit<S['IndicatorRow'], 'values'> & { values: Record<string, number | null> };
export type IndicatorTable = Omit<S['IndicatorTable'], 'rows' | 'total'> & { rows: IndicatorRow[]; total: IndicatorRow };

export const LIFE_AREAS = ['work', 'education', 'language', 'health', 'housing', 'economy', 'family', 'network', 'leisure'] as const satisfies readonly LifeArea[];
export const GOAL_STATUSES = ['proposed', 'active', 'achieved', 'not-achieved', 'cancelled'] as const satisfies readonly GoalStatus[];
export const RESPONSIBLES = ['person', 'team-member', 'organisation', 'network-person'] as const satisfies readonly Responsible[];
export const REJECTION_REASONS = ['no-capacity', 'not-eligible', 'wrong-service', 'declined-by-person', 'already-served', 'other'] as const satisfies readonly RejectionReason[];
export const FAILURE_REASONS = ['did-not-attend', 'declined-by-person', 'could-not-deliver', 'moved', 'other'] as const satisfies readonly FailureReason[];
export const REFERRAL_OUTCOMES = ['delivered', 'partly-delivered', 'continued-elsewhere'] as const satisfies readonly ReferralOutcome[];
export const MEETING_KINDS = ['team-meeting', 'follow-up', 'transition-18', 'transition-programme-end', 'transition-moving', 'internal'] as const satisfies readonly MeetingKind[];

export interface Session {
  subject: string | null;
  username: string;
  name: string | null;
  roles: string[];
  municipalities: string[];
  activeMunicipality: string | null;
  browserSession: boolean;
}

export interface MaskedNationalId {
  country: Code<P['MaskedNationalId']['country']>;
  kind: Code<P['MaskedNationalId']['kind']>;
  masked: string;
  warnings?: string[];
}

export interface Participant {
  id: string;
  municipalityId: string;
  name: string;
  preferredLanguages: string[];
  interpreterNeeded: boolean;
  interpreterLanguage?: string;
  contact?: { phone?: string; email?: string; address?: string };
  dateOfBirth?: string;
  whatMattersToMe?: string;
  nationalId?: MaskedNationalId;
  status: ParticipantStatus;
  currentProgrammes: { enrolmentId: string; programme: Programme; plannedEndDate?: string }[];
  registeredAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total?: number;
}

export interface CaseloadEntry {
  participantId: string;
  coordinatorId?: string;
  coveringFor?: string;
  status: string;
  registeredAt: string;
  nextProgrammeEnd?: string;
  nextConsentExpiry?: string;
  lastTeamMeetingAt?: string;
  flags: CaseloadFlag[];
}

export interface Enrolment {
  id: string;
  programme: Programme;
  startDate: string;
  plannedEndDate?: string;
  actualEndDate?: string;
  endReason?: Code<P['EndReason']>;
  status: Code<P['Enrolment']['status']>;
  extensions: { previousPlannedEnd: string; newPlannedEnd: string; reason: string }[];
}

export interface NetworkPerson {
  id: string;
  name: string;
  relation: string;
  phone?: string;
  email?: string;
  joinsFollowUpMeetings: boolean;
}

/** Every category, in the order the UI lists them. */
export const CATEGORIES = ['basic', 'plan', 'health', 'economy', 'education', 'child-welfare', 'housing'] as const satisfies readonly Category[];

export interface Consent {
  id: string;
  receiver: { type: 'organisation' | 'team'; organisationId?: string };
  categories: Category[];
  purpose: string;
  validFrom: string;
  validTo: string;
  recordedHow?: Code<P['RecordedHow']>;
  status: Code<P['ConsentStatus']>;
  revokedAt?: string;
  revocationReason?: string;
  history: { change: Code<P['ConsentChange']['change']>; occurredAt: string; actorType: Code<P['ConsentChange']['actorType']>; reason?: string }[];
}

export interface AccessLogEntry {
  occurredAt: string;
  participantId: string;
  municipalityId: string;
  service: string;
  resource: string;
  actorType: string;
  actorSubject: string;
  actorRoles: string;
  action: string;
  purpose?: string;
  outcome: string;
}

export interface PersonRecord {
  participant: Participant;
  programmes: Enrolment[];
  network: NetworkPerson[];
  consents: Consent[];
  identityChanges: NationalIdChange[];
}

/** Every record held on the signed-in person: one per municipality that registered them. */
export interface MyRecords {
  records: PersonRecord[];
  removedFrom?: NumberRemoval[];
}

/** A municipality took the person's identity number off one of its records. */
export interface NumberRemoval {
  municipalityId: string;
  changedAt: string;
}

export interface NationalIdChange {
  participantId: string;
  municipalityId: string;
  previousMasked?: string;
  newMasked: string;
  reason: string;
  changedAt: string;
  changedBy: string;
}

export interface CoordinatorAssignment {
  id: string;
  professionalId: string;
  professionalName: string;
  organisationId: string;
  assignedAt: string;
  endedAt?: string;
}

export interface TeamMember {
  id: string;
  professionalId: string;
  name: string;
  profession: string;
  organisationId: string;
  organisationName: string;
  role: string;
  joinedAt: string;
  suspended: boolean;
  suspensionReason?: string;
}

export interface Team {
  participantId: string;
  coordinator?: CoordinatorAssignment;
  members: TeamMember[];
}

/** Every organisation type, in the order the UI lists them. */
export const ORGANISATION_TYPES = ['refugee-service', 'adult-education', 'nav-office', 'health-service', 'school', 'child-welfare',
  'housing', 'volunteer-centre', 'other'] as const satisfies readonly OrganisationType[];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  phone?: string;
  email?: string;
  address?: string;
  servicesOffered?: string;
  ownerMunicipalityId: string;
  municipalityIds: string[];
  version: number;
}

export interface Professional {
  id: string;
  subject: string;
  name: string;
  profession: string;
  email?: string;
  phone?: string;
  languages: string[];
  organisationIds: string[];
  municipalityId: string;
  version: number;
}

/** The person's own view of the people around them (coordinators service, /me/team). */
export interface MyTeams {
  teams: MyTeam[];
}

export interface MyTeam {
  municipalityId: string;
  participantId: string;
  coordinator?: MyTeamPerson;
  members: MyTeamPerson[];
}

export interface MyTeamPerson {
  subject?: string;
  name: string;
  profession?: string;
  organisationId?: string;
  organisationName?: string;
  role?: string;
  phone?: string;
  email?: string;
  suspended: boolean;
}
