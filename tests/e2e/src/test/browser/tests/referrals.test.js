// A referral as the two people who handle it click through it: the person's coordinator finds a service in the directory
// and refers her, sharing education under her consent; a professional of the adult education service sees it in the inbox
// (why, not the story), accepts it — and now reads the handover — starts and reports it completed; the coordinator sees what
// came of it on the timeline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, callApi, eventually, launch, newPage, registerProfessional, runId, screenshot, signIn, uniqueFodselsnummer } from './support.js';

const service = `Norsk på kveldstid (${runId})`;
const reason = `Ønsker norsk B1 på kveldstid ved siden av praksis (${runId})`;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe found violations on ${where}: ${JSON.stringify(violations, null, 1)}`);
}

/** A person coordinated by asker.coordinator, an adult education service in the directory with asker.professional working there. */
async function world() {
  const admin = await newPage(browser);
  await signIn(admin, 'asker.admin');
  const refugee = await callApi(admin, 'POST', '/coordinators/organisations', { name: `Flyktningtjenesten (henvisning ${runId})`, type: 'refugee-service' });
  const school = await callApi(admin, 'POST', '/coordinators/organisations', { name: `Voksenopplæringen (henvisning ${runId})`, type: 'adult-education' });
  assert.equal(refugee.status, 201);
  assert.equal(school.status, 201);
  const coordinator = await registerProfessional(admin, 'asker.coordinator', refugee.body.id, 'Kari Koordinator');
  await registerProfessional(admin, 'asker.professional', school.body.id, 'Per Pedagog', 'lærer');
  // The referrals service learns of the new organisation from the registry's topic: until then it refuses it (400).
  await eventually(async () => {
    const entry = await callApi(admin, 'POST', '/referrals/services', {
      organisationId: school.body.id, name: service, description: 'Norskopplæring to kvelder i uka', languages: ['nb'],
      lifeAreas: ['language', 'education'], waitingDays: 14, servedMunicipalityIds: ['asker'],
    });
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
  });
  await admin.context().close();

  const teamLead = await newPage(browser);
  await signIn(teamLead, 'asker.teamlead');
  const registered = await callApi(teamLead, 'POST', '/participants',
    { name: `Samira Ali (${runId})`, nationalId: { country: 'NO', number: uniqueFodselsnummer() }, preferredLanguages: ['so', 'nb'],
      interpreterNeeded: true, interpreterLanguage: 'so' });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));
  const person = registered.body.id;
  await eventually(async () => {
    const assigned = await callApi(teamLead, 'PUT', `/coordinators/participants/${person}/coordinator`,
      { professionalId: coordinator.id, organisationId: refugee.body.id });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  });
  await teamLead.context().close();
  return { person, school: school.body.name, schoolId: school.body.id, refugee: refugee.body.name };
}

test('the coordinator refers, the receiving service accepts, starts and completes, and both follow the timeline', async () => {
  const { person, school, schoolId } = await world();

  const coordinator = await newPage(browser);
  await signIn(coordinator, 'asker.coordinator', 'helhet', `/people/${person}/referrals`);
  await coordinator.getByRole('heading', { level: 2, name: 'Referrals' }).waitFor();
  // The person's consent for the school, for basic and education information, recorded as the staff would.
  await eventually(async () => {
    const consent = await callApi(coordinator, 'POST', `/participants/${person}/consents`, {
      receiver: { type: 'organisation', organisationId: schoolId }, categories: ['basic', 'education'],
      purpose: 'Henvisning til norskopplæring', recordedHow: 'signed-form', validTo: new Date(Date.now() + 180 * 86_400_000).toISOString(),
    });
    assert.equal(consent.status, 201, JSON.stringify(consent.body));
  });
  await coordinator.getByRole('button', { name: 'Refer', exact: true }).click();
  const form = coordinator.locator('form', { has: coordinator.getByRole('heading', { name: /Refer Samira Ali/ }) });
  await form.getByRole('textbox', { name: 'Find the service' }).fill(runId);
  await form.getByRole('button', { name: 'Find' }).click();
  await form.getByRole('radio', { name: new RegExp(service.replace(/[()]/g, '\\$&')) }).check();
  await form.getByRole('textbox', { name: 'Why the person is referred' }).fill(reason);
  await form.getByRole('checkbox', { name: 'Education', exact: true }).check();
  await form.getByRole('textbox', { name: 'Summary of the person’s situation' }).fill('Har fullført A2 og vil ta B1 før jobbstart.');
  await form.getByText(`The person’s consent lets ${school} see this`).waitFor();
  await noViolations(coordinator, 'the refer form');
  // The referrals service learns of the consent from its topic: until then it refuses to send (409), and nothing is stored.
  await eventually(async () => {
    const answered = coordinator.waitForResponse((response) => response.url().endsWith('/api/v1/referrals') && response.request().method() === 'POST');
    await form.getByRole('button', { name: 'Send the referral' }).click();
    assert.equal((await answered).status(), 201);
  });
  const sent = coordinator.getByTestId('person-referrals').getByRole('listitem').filter({ hasText: service });
  await sent.getByText('Waiting for an answer').waitFor();
  await coordinator.context().close();

  const receiver = await newPage(browser);
  await signIn(receiver, 'asker.professional', 'helhet', '/referrals');
  await receiver.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
  const incoming = receiver.getByTestId('inbox').getByRole('listitem').filter({ hasText: service });
  await incoming.waitFor();
  await screenshot(receiver, 'referral-inbox');
  await noViolations(receiver, 'the referrals inbox');
  await incoming.getByRole('link', { name: service }).click();
  await receiver.getByRole('heading', { level: 1, name: `Referral to ${service}` }).waitFor();
  await receiver.getByText(reason).waitFor();
  await receiver.getByText('The handover — what the person has already told').waitFor();
  assert.equal(await receiver.getByTestId('handover').count(), 0, 'the handover is hidden before accepting');
  await receiver.getByRole('button', { name: `Accept the referral to ${service}` }).click();
  await receiver.getByTestId('handover').getByText('Har fullført A2 og vil ta B1 før jobbstart.').waitFor();
  await receiver.getByTestId('handover').getByText('Needs an interpreter (so)').waitFor();
  await receiver.getByRole('button', { name: `Start ${service}` }).click();
  await receiver.getByRole('main').getByText('In progress', { exact: true }).waitFor();
  await receiver.getByRole('button', { name: `Report ${service} completed` }).click();
  await receiver.getByRole('combobox', { name: 'What came of it' }).selectOption('delivered');
  await receiver.getByRole('textbox', { name: 'Words for the other side' }).fill('Bestod B1-prøven i desember.');
  await receiver.getByRole('button', { name: 'Report completed', exact: true }).click();
  await receiver.getByRole('main').getByText('Completed', { exact: true }).first().waitFor();
  await noViolations(receiver, 'a referral');
  await receiver.context().close();

  const back = await newPage(browser);
  await signIn(back, 'asker.coordinator', 'helhet', `/people/${person}/referrals`);
  const done = back.getByTestId('person-referrals').getByRole('listitem').filter({ hasText: service });
  await done.getByText('Delivered').waitFor();
  await done.getByRole('link', { name: service }).click();
  const timeline = back.getByTestId('referral-timeline');
  await timeline.getByText('Bestod B1-prøven i desember.').waitFor();
  assert.deepEqual(await timeline.locator('li strong').allInnerTexts(), ['Written', 'Sent', 'Accepted', 'Started', 'Completed']);
  await screenshot(back, 'referral-timeline', { at: timeline });
  await noViolations(back, 'the referral timeline');
  await back.context().close();
});

test('the coordinator offers a person moving to Harstad, and Harstad’s team lead accepts her', async () => {
  const admin = await newPage(browser);
  await signIn(admin, 'asker.admin');
  const refugee = await callApi(admin, 'POST', '/coordinators/organisations', { name: `Flyktningtjenesten (flytting ${runId})`, type: 'refugee-service' });
  const coordinator = await registerProfessional(admin, 'asker.coordinator', refugee.body.id, 'Kari Koordinator');
  await admin.context().close();
  const harstadAdmin = await newPage(browser);
  await signIn(harstadAdmin, 'harstad.admin');
  assert.equal((await callApi(harstadAdmin, 'POST', '/coordinators/organisations', { name: `Integreringsenheten (${runId})`, type: 'refugee-service' })).status, 201);
  await harstadAdmin.context().close();

  const teamLead = await newPage(browser);
  await signIn(teamLead, 'asker.teamlead');
  const name = `Yasmin Ali (${runId})`;
  const registered = await callApi(teamLead, 'POST', '/participants', { name, nationalId: { country: 'NO', number: uniqueFodselsnummer() } });
  assert.equal(registered.status, 201);
  await eventually(async () => {
    const assigned = await callApi(teamLead, 'PUT', `/coordinators/participants/${registered.body.id}/coordinator`,
      { professionalId: coordinator.id, organisationId: refugee.body.id });
    assert.equal(assigned.status, 200);
  });
  await teamLead.context().close();

  const sender = await newPage(browser);
  await signIn(sender, 'asker.coordinator', 'helhet', `/people/${registered.body.id}/referrals`);
  const moving = sender.getByTestId('transfers');
  // The referrals above load first and move the button down as they do: a click during that shift lands elsewhere.
  await sender.getByText('Not referred anywhere yet.').waitFor();
  await moving.getByRole('button', { name: 'Offer the follow-up to the municipality she moves to' }).click();
  await moving.getByRole('textbox', { name: 'The municipality she moves to' }).fill('harstad');
  await moving.getByRole('textbox', { name: 'Words to the receiving municipality' }).fill(`Flytter 1. mars (${runId})`);
  // Referrals knows her and her coordinator from their topics before it offers (404 until then): repeat.
  await eventually(async () => {
    const answered = sender.waitForResponse((response) => response.url().endsWith('/api/v1/referrals/transfers') && response.request().method() === 'POST');
    await moving.getByRole('button', { name: 'Offer the follow-up', exact: true }).click();
    assert.equal((await answered).status(), 201);
  });
  await moving.getByText('Offered', { exact: true }).waitFor();
  await noViolations(sender, 'moving to another municipality');
  await sender.context().close();

  const receiver = await newPage(browser);
  await signIn(receiver, 'harstad.teamlead', 'helhet', '/referrals');
  const incoming = receiver.getByTestId('incoming-transfers').getByRole('listitem').filter({ hasText: `Flytter 1. mars (${runId})` });
  await incoming.waitFor();
  await noViolations(receiver, 'people moving in');
  await incoming.getByRole('button', { name: 'Accept the person moving in from Asker' }).click();
  await incoming.waitFor({ state: 'detached' });
  // Participants registers her in Harstad: she is in the queue of people without a coordinator.
  await eventually(async () => {
    const people = await callApi(receiver, 'GET', `/participants?q=${encodeURIComponent(runId)}`);
    assert.ok(people.body.items.some((person) => person.name === name && person.municipalityId === 'harstad'), JSON.stringify(people.body));
  });
  await receiver.context().close();
});
