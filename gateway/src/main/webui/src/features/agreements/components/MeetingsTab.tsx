import { Button, Checkbox, Fieldset, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, type AgreementsInput, type AttendeeKind, type Goal, type Meeting, type MeetingKind, type MeetingStatus, type Session } from '../../../shared/api/types';
import { api } from '../../../shared/api/http';
import { useChange } from '../../../shared/api/useChange';
import { formatDateTime } from '../../../shared/format';
import { Empty, Loading, ProblemAlert, useFieldErrorText } from '../../../shared/components/States';
import { useProfessionals } from '../../coordinators/api/queries';
import { planKeys, useMeetings, usePlan } from '../api/queries';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';
import { PaperButton } from './PaperButton';
import { useWho } from './useWho';

/**
 * The person's meetings: plan one (with the person and their network person, or an internal one without them), write the
 * minutes during it, and turn each decision into an action on the plan with one click. Coming meetings first.
 */
export function MeetingsTab({ participantId, session, mayKeep }: { participantId: string; session: Session; mayKeep: boolean }) {
  const { t } = useTranslation();
  const meetings = useMeetings(participantId);
  const plan = usePlan(participantId);
  const who = useWho(participantId);
  const professionals = useProfessionals();
  const myIds = new Set((professionals.data ?? []).filter((professional) => professional.subject === session.subject).map(({ id }) => id));
  if (meetings.isPending) return <Loading />;
  if (meetings.isError) return <ProblemAlert problem={meetings.error} />;
  const coming = meetings.data.filter((meeting) => meeting.status === 'scheduled');
  const past = meetings.data.filter((meeting) => meeting.status !== 'scheduled').reverse();
  const runs = (meeting: Meeting) => mayKeep || [meeting.roles.chairId, meeting.roles.minuteTakerId].some((id) => !!id && myIds.has(id));
  const goals = plan.data?.goals ?? [];
  return (
    <div data-testid="meetings">
      <Heading level={2} data-size="md">{t('meetings.title')}</Heading>
      {mayKeep && <NewMeeting participantId={participantId} who={who} />}
      <section aria-labelledby="coming-heading" className="hh-card">
        <Heading level={3} data-size="sm" id="coming-heading">{t('meetings.coming')}</Heading>
        {coming.length === 0 && <Empty>{t('meetings.noneComing')}</Empty>}
        {coming.map((meeting) => <MeetingCard key={meeting.id} meeting={meeting} who={who} runs={runs(meeting)} goals={goals} mayKeep={mayKeep} />)}
      </section>
      <section aria-labelledby="past-heading" className="hh-card">
        <Heading level={3} data-size="sm" id="past-heading">{t('meetings.past')}</Heading>
        {past.length === 0 && <Empty>{t('meetings.nonePast')}</Empty>}
        {past.map((meeting) => <MeetingCard key={meeting.id} meeting={meeting} who={who} runs={runs(meeting)} goals={goals} mayKeep={mayKeep} />)}
      </section>
    </div>
  );
}

function MeetingCard({ meeting, who, runs, goals, mayKeep }: {
  meeting: Meeting; who: ReturnType<typeof useWho>; runs: boolean; goals: Goal[]; mayKeep: boolean;
}) {
  const { t } = useTranslation();
  const participantId = meeting.participantId;
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const path = `/agreements/meetings/${meeting.id}`;
  // The version read goes along: minutes written meanwhile by someone else are refused (409), not overwritten.
  const write = useChange(() => api(`${path}/minutes`, { method: 'PUT', body: { minutes, version: meeting.version } satisfies AgreementsInput['MeetingMinutes'] }),
    planKeys(participantId));
  const move = useChange((status: MeetingStatus) => api(`${path}/status`, { method: 'PUT', body: { status } satisfies AgreementsInput['MeetingStatusChange'] }),
    planKeys(participantId), [['caseload']]);
  const headingId = `meeting-${meeting.id}`;
  const attendee = (kind: AttendeeKind, ref?: string, language?: string) =>
    kind === 'person' ? t('attendee.person') : kind === 'interpreter' ? t('attendee.interpreter', { language }) : who.nameOf(ref) ?? t(`attendee.${kind}`);
  return (
    <article className="hh-meeting" aria-labelledby={headingId} data-testid="meeting">
      <div className="hh-title-row">
        <Heading level={4} data-size="xs" id={headingId}>
          {t(`meetingKind.${meeting.kind}`)} · {formatDateTime(meeting.startsAt)}
        </Heading>
        <Tag data-size="sm" data-color={meeting.status === 'held' ? 'success' : meeting.status === 'cancelled' ? 'neutral' : 'info'}>
          {t(`meetingStatus.${meeting.status}`)}
        </Tag>
      </div>
      {!meeting.withPerson && <Paragraph data-size="sm">{t('meetings.internalNote')}</Paragraph>}
      <dl className="hh-facts">
        {meeting.place && <><dt>{t('meetings.place')}</dt><dd>{meeting.place}</dd></>}
        {meeting.videoLink && <><dt>{t('meetings.video')}</dt><dd><a href={meeting.videoLink} rel="noopener noreferrer" target="_blank">{meeting.videoLink}</a></dd></>}
        <dt>{t('meetings.attendees')}</dt>
        <dd>{meeting.attendees.map((one) => attendee(one.kind, one.attendeeRef, one.language)).join(', ') || '–'}</dd>
        {meeting.roles.chairId && <><dt>{t('meetings.chair')}</dt><dd>{who.nameOf(meeting.roles.chairId) ?? '–'}</dd></>}
        {meeting.roles.minuteTakerId && <><dt>{t('meetings.minuteTaker')}</dt><dd>{who.nameOf(meeting.roles.minuteTakerId) ?? '–'}</dd></>}
      </dl>
      <Heading level={5} data-size="2xs">{t('meetings.agenda')}</Heading>
      {meeting.agenda.length === 0 ? <Empty>{t('meetings.noAgenda')}</Empty>
        : <ol className="hh-plain-list">{meeting.agenda.map((item, i) => <li key={i}>{item}</li>)}</ol>}
      <div className="hh-actions hh-tight">
        <PaperButton path={path} label={meeting.status === 'held' ? t('meetings.minutesPdf') : t('meetings.agendaPdf')} />
        {runs && meeting.status === 'scheduled' && (
          <>
            <Button data-size="sm" onClick={() => move.mutate('held')} loading={move.isPending}>{t('meetings.markHeld')}</Button>
            {mayKeep && <Button variant="tertiary" data-size="sm" onClick={() => move.mutate('cancelled')}>{t('meetings.cancel')}</Button>}
          </>
        )}
      </div>
      {move.isError && <ProblemAlert problem={move.error} />}
      {runs && meeting.status !== 'cancelled' ? (
        <form className="hh-form hh-subform" onSubmit={(event) => { event.preventDefault(); write.mutate(undefined); }}>
          <Textfield id={`minutes-${meeting.id}`} multiline rows={5} label={t('meetings.minutes')} description={t('meetings.minutesHelp')}
                     value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          <Button type="submit" variant="secondary" data-size="sm" loading={write.isPending}>{t('meetings.saveMinutes')}</Button>
          {write.isSuccess && !write.isPending && <Paragraph data-size="sm" role="status">{t('meetings.minutesSaved')}</Paragraph>}
          {write.isError && <ProblemAlert problem={write.error} />}
        </form>
      ) : meeting.minutes && (
        <>
          <Heading level={5} data-size="2xs">{t('meetings.minutes')}</Heading>
          <Paragraph className="hh-prewrap">{meeting.minutes}</Paragraph>
        </>
      )}
      <Heading level={5} data-size="2xs">{t('meetings.decisions')}</Heading>
      <ActionList participantId={participantId} actions={meeting.decisions} who={who} mayKeep={mayKeep} mine={() => false} />
      {runs && meeting.status !== 'cancelled' && (
        <ActionForm participantId={participantId} path={`${path}/decisions`} goals={goals} who={who} title={t('meetings.decision')}
                    submit={t('meetings.decide')} idPrefix={`decision-${meeting.id}`} />
      )}
    </article>
  );
}

function NewMeeting({ participantId, who }: { participantId: string; who: ReturnType<typeof useWho> }) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<MeetingKind>('team-meeting');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [videoLink, setVideoLink] = useState('');
  const [agenda, setAgenda] = useState('');
  const [withPerson, setWithPerson] = useState(true);
  const [network, setNetwork] = useState<string[]>([]);
  const [members, setMembers] = useState<string[]>([]);
  const [interpreter, setInterpreter] = useState('');
  const [chairId, setChairId] = useState('');
  const [minuteTakerId, setMinuteTakerId] = useState('');
  const internal = kind === 'internal';
  const plan = useChange(() => api(`/agreements/participants/${participantId}/meetings`, {
    method: 'POST',
    body: {
      kind, startsAt: new Date(startsAt).toISOString(), place: place || undefined, videoLink: videoLink || undefined,
      agenda: agenda.split('\n').map((line) => line.trim()).filter(Boolean),
      roles: { chairId: chairId || undefined, minuteTakerId: minuteTakerId || undefined },
      attendees: [
        ...(withPerson && !internal ? [{ kind: 'person' as const }] : []),
        ...(internal ? [] : network.map((attendeeRef) => ({ kind: 'network-person' as const, attendeeRef }))),
        ...members.map((attendeeRef) => ({ kind: 'team-member' as const, attendeeRef })),
        ...(interpreter && !internal ? [{ kind: 'interpreter' as const, language: interpreter }] : []),
      ],
    } satisfies AgreementsInput['MeetingInput'],
  }), planKeys(participantId));
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((other) => other !== id));
  if (!open) return <div className="hh-actions"><Button onClick={() => setOpen(true)}>{t('meetings.plan')}</Button></div>;
  return (
    <form className="hh-form hh-card" aria-labelledby="new-meeting-heading" onSubmit={(event) => {
      event.preventDefault();
      plan.mutate(undefined, { onSuccess: () => setOpen(false) });
    }}>
      <Heading level={3} data-size="sm" id="new-meeting-heading">{t('meetings.plan')}</Heading>
      <div className="hh-row">
        <Field>
          <Label htmlFor="meeting-kind">{t('meetings.kind')}</Label>
          <Select id="meeting-kind" value={kind} onChange={(event) => setKind(event.target.value as MeetingKind)}>
            {MEETING_KINDS.map((code) => <option key={code} value={code}>{t(`meetingKind.${code}`)}</option>)}
          </Select>
        </Field>
        <Textfield id="meeting-starts" type="datetime-local" label={t('meetings.startsAt')} required value={startsAt}
                   error={fieldError(plan.error, 'startsAt')} onChange={(event) => setStartsAt(event.target.value)} />
      </div>
      <div className="hh-row">
        <Textfield id="meeting-place" label={t('meetings.place')} value={place} onChange={(event) => setPlace(event.target.value)} />
        <Textfield id="meeting-video" type="url" label={t('meetings.video')} description={t('meetings.videoHelp')} value={videoLink}
                   error={fieldError(plan.error, 'videoLink')} onChange={(event) => setVideoLink(event.target.value)} />
      </div>
      <Textfield id="meeting-agenda" multiline rows={4} label={t('meetings.agenda')} description={t('meetings.agendaHelp')} value={agenda}
                 onChange={(event) => setAgenda(event.target.value)} />
      <Fieldset>
        <Fieldset.Legend>{t('meetings.attendees')}</Fieldset.Legend>
        {internal ? <Paragraph data-size="sm">{t('meetings.internalNote')}</Paragraph> : (
          <>
            <Checkbox label={t('attendee.person')} checked={withPerson} onChange={(event) => setWithPerson(event.target.checked)} />
            {who.networkPeople.map((person) => (
              <Checkbox key={person.id} label={person.name} checked={network.includes(person.id)}
                        onChange={(event) => setNetwork(toggle(network, person.id, event.target.checked))} />
            ))}
          </>
        )}
        {who.teamPeople.map((person) => (
          <Checkbox key={person.id} label={person.name} checked={members.includes(person.id)}
                    onChange={(event) => setMembers(toggle(members, person.id, event.target.checked))} />
        ))}
      </Fieldset>
      {!internal && (
        <Textfield id="meeting-interpreter" label={t('meetings.interpreter')} description={t('meetings.interpreterHelp')} value={interpreter}
                   error={fieldError(plan.error, 'language')} onChange={(event) => setInterpreter(event.target.value.trim().toLowerCase())} />
      )}
      <div className="hh-row">
        <Field>
          <Label htmlFor="meeting-chair">{t('meetings.chair')}</Label>
          <Select id="meeting-chair" value={chairId} onChange={(event) => setChairId(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {who.teamPeople.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="meeting-minute-taker">{t('meetings.minuteTaker')}</Label>
          <Select id="meeting-minute-taker" value={minuteTakerId} onChange={(event) => setMinuteTakerId(event.target.value)}>
            <option value="">{t('common.choose')}</option>
            {who.teamPeople.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </Select>
        </Field>
      </div>
      <div className="hh-actions">
        <Button type="submit" loading={plan.isPending}>{t('meetings.planButton')}</Button>
        <Button variant="tertiary" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </div>
      {plan.isError && !plan.error.errors.length && <ProblemAlert problem={plan.error} />}
    </form>
  );
}
