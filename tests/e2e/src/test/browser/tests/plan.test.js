// The shared plan as the people who use it click through it: the coordinator writes the person's own goal, proposes a goal
// and records progress, agrees an action, plans a team meeting with the person, writes minutes and turns a decision into an
// action; the person then rates her goal and marks her action done on her own page, on a phone-sized screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, callApi, eventually, launch, newPage, registerProfessional, runId, screenshot, signIn } from './support.js';

const AMINA = '15039410017';
const goal = `Fagbrev som helsefagarbeider (${runId})`;
const action = `Levere CV til NAV (${runId})`;
const decision = `Søke om barnehageplass (${runId})`;
const minutes = `Amina fortalte om språkpraksisen (${runId}).`;
let browser;
let amina;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe found violations on ${where}: ${JSON.stringify(violations, null, 1)}`);
}

/** Amina registered in Asker with asker.coordinator as her coordinator, set up through the API as the staff would. */
async function aminaWithHerCoordinator() {
  const admin = await newPage(browser);
  await signIn(admin, 'asker.admin');
  const organisation = await callApi(admin, 'POST', '/coordinators/organisations', { name: `Flyktningtjenesten (plan ${runId})`, type: 'refugee-service' });
  assert.equal(organisation.status, 201);
  const professional = { body: await registerProfessional(admin, 'asker.coordinator', organisation.body.id, 'Kari Koordinator') };
  await admin.context().close();

  const teamLead = await newPage(browser);
  await signIn(teamLead, 'asker.teamlead');
  const person = { name: 'Amina Hassan', nationalId: { country: 'NO', number: AMINA } };
  const registered = await callApi(teamLead, 'POST', '/participants', person);
  const id = registered.status === 201 ? registered.body.id : registered.body.existingParticipantId;
  assert.ok(id, `Amina could not be registered: ${registered.status}`);
  await eventually(async () => {
    const assigned = await callApi(teamLead, 'PUT', `/coordinators/participants/${id}/coordinator`,
      { professionalId: professional.body.id, organisationId: organisation.body.id });
    assert.ok([200, 409].includes(assigned.status), `assignment: ${assigned.status} ${JSON.stringify(assigned.body)}`);
  });
  await teamLead.context().close();
  return id;
}

describe('the shared plan through the browser', () => {
  test('the coordinator keeps the plan and runs a meeting with the person', async () => {
    amina = await aminaWithHerCoordinator();
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'asker.coordinator', 'helhet', `/people/${amina}/plan`);
    // The agreements service learns of the new coordinator by event: until then the plan is not hers to see.
    await eventually(async () => {
      await coordinator.reload();
      await coordinator.getByRole('heading', { level: 2, name: 'Plan' }).waitFor({ timeout: 2_000 });
    });

    await coordinator.getByRole('button', { name: 'Write down the person\'s own goal' }).click();
    await coordinator.getByRole('textbox', { name: 'In the person\'s own words' }).fill('Jeg vil jobbe og klare meg selv');
    await coordinator.getByRole('button', { name: 'Save', exact: true }).click();
    await coordinator.getByTestId('own-goal').getByText('Jeg vil jobbe og klare meg selv').waitFor();

    await coordinator.getByRole('textbox', { name: 'The goal', exact: true }).fill(goal);
    await coordinator.getByRole('combobox', { name: 'Part of life' }).selectOption('work');
    await coordinator.getByRole('button', { name: 'Propose the goal' }).click();
    const theGoal = coordinator.getByTestId('goal').filter({ hasText: goal });
    await theGoal.waitFor();
    await theGoal.getByRole('button', { name: `Mark ${goal} as active` }).click();
    await theGoal.getByText('active', { exact: true }).waitFor();
    await theGoal.getByRole('combobox', { name: 'The person\'s rating (1–10)' }).selectOption('4');
    await theGoal.getByRole('textbox', { name: 'What happened' }).fill('Første uke med språkpraksis');
    await theGoal.getByRole('button', { name: 'Record progress' }).click();
    await theGoal.getByText(/Latest rating 4 of 10/).waitFor();

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().substring(0, 10);
    await coordinator.getByRole('textbox', { name: 'What is to be done', exact: true }).first().fill(action);
    await coordinator.locator('#agree-due').fill(yesterday);
    await coordinator.getByRole('button', { name: 'Agree the action' }).click();
    const theAction = coordinator.getByTestId('actions-person').getByTestId('action').filter({ hasText: action });
    await theAction.waitFor();
    await theAction.getByText('Overdue').waitFor();
    await noViolations(coordinator, 'the plan');
    await screenshot(coordinator, 'plan');

    await coordinator.getByRole('link', { name: 'Meetings' }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Meetings' }).waitFor();
    await coordinator.getByRole('button', { name: 'Plan a meeting' }).click();
    await coordinator.getByRole('combobox', { name: 'Kind of meeting' }).selectOption('team-meeting');
    await coordinator.getByLabel('Date and time').fill('2027-01-12T09:00');
    await coordinator.getByRole('textbox', { name: 'Place' }).fill(`Asker rådhus (${runId})`);
    await coordinator.getByRole('textbox', { name: 'Agenda' }).fill('Språkpraksis\nBarnehage');
    await coordinator.getByRole('checkbox', { name: 'The person' }).check();
    await coordinator.getByRole('textbox', { name: 'Interpreter: language' }).fill('so');
    await coordinator.getByRole('button', { name: 'Plan the meeting' }).click();
    const meeting = coordinator.getByTestId('meeting').filter({ hasText: `Asker rådhus (${runId})` });
    await meeting.waitFor();
    await meeting.getByRole('textbox', { name: 'Minutes' }).fill(minutes);
    await meeting.getByRole('button', { name: 'Save the minutes' }).click();
    await meeting.getByText('The minutes are saved.').waitFor();
    await meeting.getByRole('textbox', { name: 'What is to be done' }).fill(decision);
    await meeting.getByRole('button', { name: 'Put the decision on the plan' }).click();
    await meeting.getByTestId('action').filter({ hasText: decision }).waitFor();
    await noViolations(coordinator, 'the meetings');
    await meeting.getByRole('button', { name: 'Mark as held' }).click();
    await coordinator.getByRole('region', { name: 'Earlier meetings' }).getByTestId('meeting').filter({ hasText: `Asker rådhus (${runId})` }).waitFor();

    // The decision is an action on the plan, in one step.
    await coordinator.getByRole('link', { name: 'Plan', exact: true }).click();
    await coordinator.getByTestId('action').filter({ hasText: decision }).waitFor();
    await coordinator.context().close();
  });

  test('the person rates her goal and marks her action done on her own page, at phone width', async () => {
    const person = await newPage(browser, { width: 360, height: 800 });
    await signIn(person, 'amina.hassan');
    await person.waitForURL('**/me');
    const plan = person.getByTestId('my-plan');
    const myGoal = plan.getByTestId('my-goal').filter({ hasText: goal });
    await myGoal.waitFor();
    await myGoal.getByRole('button', { name: '7 of 10' }).click();
    await myGoal.getByRole('button', { name: 'Save' }).click();
    await myGoal.getByText('Thank you. It is saved.').waitFor();
    await myGoal.getByText(/Latest rating 7 of 10/).waitFor();

    const mine = plan.getByTestId('my-action').filter({ hasText: action });
    await mine.getByRole('button', { name: `Done: ${action}` }).click();
    await mine.getByText('done').waitFor();
    await plan.getByTestId('my-meeting').filter({ hasText: minutes }).waitFor();
    await noViolations(person, 'the person\'s own plan');
    const overflow = await person.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the person's page scrolls sideways by ${overflow} px at 360 px`);
    await screenshot(person, 'my-plan', { at: plan.getByRole('heading', { name: 'Your plan' }) });
    await person.context().close();
  });

  test('the admin keeps collaboration agreements, and a passed review date shows on the start page', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'asker.admin');
    const first = await callApi(admin, 'POST', '/coordinators/organisations', { name: `NAV Asker (avtale ${runId})`, type: 'nav-office' });
    const second = await callApi(admin, 'POST', '/coordinators/organisations', { name: `Voksenopplæringen (avtale ${runId})`, type: 'adult-education' });
    await admin.goto('/admin/agreements');
    await admin.getByRole('heading', { level: 1, name: 'Collaboration agreements' }).waitFor();
    await admin.getByRole('button', { name: 'Record a collaboration agreement' }).click();
    await admin.getByRole('textbox', { name: 'What the agreement governs' }).fill(`NAV og voksenopplæringen (${runId})`);
    await admin.getByRole('checkbox', { name: `NAV Asker (avtale ${runId})` }).check();
    await admin.getByRole('checkbox', { name: `Voksenopplæringen (avtale ${runId})` }).check();
    await admin.getByRole('textbox', { name: 'Agreed routines' }).fill('NAV deltar i overgangsmøtet seks måneder før programmet slutter');
    await admin.getByLabel('Valid from').fill('2026-01-01');
    await admin.getByLabel('Review date').fill(new Date(Date.now() - 86_400_000).toISOString().substring(0, 10));
    // The agreements service learns of the new organisations by event: until then it refuses them as parties.
    await eventually(async () => {
      const saved = admin.waitForResponse((response) => response.url().endsWith('/api/v1/agreements/collaboration-agreements'));
      await admin.getByRole('button', { name: 'Record the agreement' }).click();
      assert.equal((await saved).status(), 201);
    });
    const recorded = admin.getByTestId('collaboration-agreement').filter({ hasText: `NAV og voksenopplæringen (${runId})` });
    await recorded.getByText('Review due').waitFor();
    await noViolations(admin, 'collaboration agreements');
    await admin.goto('/admin/organisations');
    await admin.getByTestId('review-due').getByText(`NAV og voksenopplæringen (${runId})`, { exact: false }).waitFor();
    assert.ok(first.status === 201 && second.status === 201);
    await admin.context().close();
  });
});
