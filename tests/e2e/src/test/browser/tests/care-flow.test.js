// The first slice end to end, as the people who use it click through it: an administrator sets up the
// organisations and professionals, a coordinator registers a person, the team lead assigns a coordinator,
// the team grows with the person's consent and shrinks when it is revoked, and the person sees who looked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, callApi, eventually, launch, newPage, runId, screenshot, signIn, subjectOf, uniqueFodselsnummer } from './support.js';

const refugeeService = `Flyktningtjenesten (browser ${runId})`;
const navOffice = `NAV Asker (browser ${runId})`;
const personName = `Leyla Test ${runId}`;
const revealPurpose = `Browser test ${runId}: check against the passport`;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe found violations on ${where}: ${JSON.stringify(violations, null, 1)}`);
}

/** Registers a demo user as a professional of one organisation, or moves an earlier registration there. */
async function registerProfessional(admin, username, name, profession, organisation) {
  await admin.goto('/admin/professionals');
  await admin.getByRole('heading', { level: 1, name: 'Professionals' }).waitFor();
  await admin.getByRole('textbox', { name: 'User id in the sign-in service', exact: true }).fill(await subjectOf(username));
  await admin.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await admin.getByRole('textbox', { name: 'Profession', exact: true }).fill(profession);
  await admin.getByRole('checkbox', { name: organisation }).check();
  const registered = admin.waitForResponse((response) => response.url().endsWith('/api/v1/coordinators/professionals')
    && response.request().method() === 'POST');
  await admin.getByRole('button', { name: 'Register professional' }).click();
  if ((await registered).status() === 409) {
    // Registered by an earlier run or test: the page offers the existing registration to change instead.
    await admin.getByRole('button', { name: 'Change the existing registration' }).click();
    await admin.getByRole('heading', { level: 2, name: /^Change / }).waitFor();
    await admin.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await admin.getByRole('textbox', { name: 'Profession', exact: true }).fill(profession);
    await admin.getByRole('checkbox', { name: organisation }).check();
    const saved = admin.waitForResponse((response) => response.request().method() === 'PUT');
    await admin.getByRole('button', { name: 'Save' }).click();
    assert.equal((await saved).status(), 200);
  }
  await admin.getByRole('row', { name: new RegExp(`${name}.*${escape(organisation)}`) }).waitFor();
}

const escape = (text) => text.replace(/[()]/g, '\\$&');

/** The professional record of a demo user, picked by sign-in id: names alone may repeat. */
async function professionalOf(page, username) {
  const subject = await subjectOf(username);
  const professionals = await callApi(page, 'GET', '/coordinators/professionals?size=200');
  const professional = professionals.body.items.find((candidate) => candidate.subject === subject);
  assert.ok(professional, `${username} is not registered as a professional`);
  return professional.id;
}

describe('the care flow through the browser', () => {
  test('the municipality admin registers organisations and professionals', async () => {
    const admin = await newPage(browser);
    await signIn(admin, 'asker.admin');
    await admin.waitForURL('**/admin/organisations');
    for (const [name, type] of [[refugeeService, 'Refugee service'], [navOffice, 'NAV office']]) {
      await admin.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      await admin.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: type });
      await admin.getByRole('button', { name: 'Register organisation' }).click();
      await admin.getByRole('row', { name: new RegExp(escape(name)) }).waitFor();
    }
    await noViolations(admin, 'organisations');
    await registerProfessional(admin, 'asker.coordinator', 'Aisha Koordinator', 'programrådgiver', refugeeService);
    await registerProfessional(admin, 'asker.professional', 'Per Veileder', 'veileder', navOffice);
    await noViolations(admin, 'professionals');
    await admin.context().close();
  });

  let personPath;

  test('a coordinator registers a person and sees them, but not yet their team', async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'asker.coordinator');
    assert.match(await coordinator.getByTestId('signed-in-as').innerText(), /Signed in as Aisha/);
    await coordinator.getByText('Municipality: Asker').waitFor();
    await coordinator.getByRole('link', { name: 'Register a person' }).click();
    await coordinator.getByRole('textbox', { name: 'Full name', exact: true }).fill(personName);
    await coordinator.getByRole('textbox', { name: 'What matters to the person', exact: true }).fill('Å få jobb som tømrer og at sønnen trives i barnehagen.');
    await noViolations(coordinator, 'register a person');
    await coordinator.getByRole('button', { name: 'Register', exact: true }).click();
    await coordinator.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    personPath = new URL(coordinator.url()).pathname;
    await coordinator.getByRole('heading', { level: 1, name: personName }).waitFor();
    await coordinator.getByTestId('team-not-yours').waitFor();
    // The identity number is added later, with a reason the person will read; it is never edited in passing.
    const number = uniqueFodselsnummer();
    await coordinator.getByRole('button', { name: 'Add an identity number' }).click();
    await coordinator.getByRole('textbox', { name: 'Number', exact: true }).fill(number);
    await coordinator.getByText('The number is valid').waitFor();
    await coordinator.getByRole('textbox', { name: 'Why is the number added or changed?', exact: true }).fill('Fikk fødselsnummer');
    await noViolations(coordinator, 'add an identity number');
    await coordinator.getByRole('button', { name: 'Save the number' }).click();
    await coordinator.getByText(number.substring(0, 6) + '*****').waitFor();
    await coordinator.context().close();
  });

  test('the team lead assigns the coordinator from the queue of people without one', async () => {
    const lead = await newPage(browser);
    await signIn(lead, 'asker.teamlead', 'helhet', '/people/unassigned');
    const row = lead.getByRole('row', { name: new RegExp(personName) });
    // The queue is oldest first and paged; the person registered a moment ago is on its last page.
    // A row is named once its person's name has loaded (or is said to be unavailable): look at a page only then, or a
    // page with her on it could be passed while it still says "(loading name…)".
    const namesLoaded = () => lead.getByText('(loading name…)').first().waitFor({ state: 'hidden', timeout: 10_000 });
    await eventually(async () => {
      await lead.reload();
      await lead.getByRole('table').waitFor({ timeout: 5_000 });
      await namesLoaded();
      const next = lead.getByRole('button', { name: 'Next' });
      // A page's data arrives after the click (the load state does not change in a single-page app): wait for the
      // page number and the table of the new page, never for "network idle", which has long been reached.
      for (let page = 2; !(await row.isVisible()) && (await next.count()) > 0 && (await next.isEnabled()); page++) {
        await next.click();
        await lead.getByText(new RegExp(`Page ${page} of`)).waitFor({ timeout: 5_000 });
        await lead.getByRole('table').waitFor({ timeout: 5_000 });
        await namesLoaded();
      }
      await row.waitFor({ timeout: 2_000 });
    }, { timeout: 45_000 });
    await noViolations(lead, 'people without a coordinator');
    await row.getByRole('button', { name: 'Assign coordinator' }).click();
    await row.getByRole('combobox', { name: 'Coordinator', exact: true }).selectOption(await professionalOf(lead, 'asker.coordinator'));
    await row.getByRole('combobox', { name: 'Organisation', exact: true }).selectOption({ label: refugeeService });
    await row.getByRole('button', { name: 'Assign coordinator' }).click();
    await row.waitFor({ state: 'detached' });
    await lead.context().close();
  });

  test('the coordinator adds a team member once the person has consented, and the member is suspended when consent is revoked', async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'asker.coordinator', 'helhet', personPath);
    await coordinator.getByTestId('coordinator').getByText('Aisha Koordinator').waitFor();

    const memberForm = coordinator.locator('form', { has: coordinator.getByRole('heading', { name: 'Add a team member' }) });
    const adviser = await professionalOf(coordinator, 'asker.professional');
    const addMember = async () => {
      await memberForm.getByRole('combobox', { name: 'Professional', exact: true }).selectOption(adviser);
      await memberForm.getByRole('combobox', { name: 'Organisation', exact: true }).selectOption({ label: navOffice });
      await memberForm.getByRole('textbox', { name: 'Role on the team', exact: true }).fill('kontaktperson NAV');
      await memberForm.getByRole('button', { name: 'Add to team' }).click();
    };
    // Without consent for NAV the service refuses, and says why in the user's language.
    await addMember();
    await coordinator.getByText('The person has not consented to sharing with this organisation').waitFor();

    const consentForm = coordinator.locator('form', { has: coordinator.getByRole('heading', { name: 'Record a consent' }) });
    await consentForm.getByRole('combobox', { name: 'Organisation', exact: true }).selectOption({ label: navOffice });
    await consentForm.getByRole('checkbox', { name: 'Education' }).check();
    await consentForm.getByRole('textbox', { name: 'Purpose', exact: true }).fill('Samarbeid om arbeid og norskopplæring');
    const consentRow = coordinator.getByTestId('consents').getByRole('row', { name: new RegExp(escape(navOffice)) });
    // Participants learns of the NAV office from its topic; until then the consent is refused and nothing stored: repeat.
    await eventually(async () => {
      if (!(await consentRow.isVisible())) await consentForm.getByRole('button', { name: 'Record consent' }).click();
      await consentRow.getByText('Active', { exact: true }).waitFor({ timeout: 3_000 });
    });

    // The coordinators service learns of the consent from its topic: try until it has.
    await eventually(async () => {
      await addMember();
      await coordinator.getByTestId('team-members').getByText('Per Veileder').waitFor({ timeout: 2_000 });
    });
    await noViolations(coordinator, 'the person page');

    await consentRow.getByRole('button', { name: /Revoke the consent/ }).click();
    await consentRow.getByRole('textbox', { name: 'Reason for revoking', exact: true }).fill('Personen ønsker ikke deling nå');
    await consentRow.getByRole('button', { name: 'Revoke consent' }).click();
    await consentRow.getByText('Revoked', { exact: true }).waitFor();
    await eventually(async () => {
      await coordinator.reload();
      await coordinator.getByTestId('team-members').getByText('Suspended').waitFor({ timeout: 2_000 });
    });
    await consentRow.getByText('History').click();
    await consentRow.getByText(/revoked – Personen ønsker ikke deling nå/).waitFor();
    await screenshot(coordinator, 'person');

    await coordinator.getByRole('link', { name: 'Printable overview of network and team' }).click();
    await coordinator.getByRole('heading', { level: 1, name: `Network and team around ${personName}` }).waitFor();
    await noViolations(coordinator, 'the printable overview');

    await coordinator.getByRole('link', { name: 'My people' }).click();
    await coordinator.getByTestId('caseload').getByRole('link', { name: personName }).waitFor();
    await coordinator.getByRole('searchbox').fill(runId);
    // The flag is a controlled checkbox that follows the address, which a router transition updates a moment after
    // the click: wait for the address, not for the box's state right after the click.
    await coordinator.getByRole('checkbox', { name: 'Team members suspended' }).click();
    await coordinator.waitForURL(/flags=suspended-team-members/);
    await eventually(async () => {
      await coordinator.reload();
      await coordinator.getByTestId('caseload').getByRole('link', { name: personName }).waitFor({ timeout: 2_000 });
    });
    assert.match(coordinator.url(), /flags=suspended-team-members/, 'the filter lives in the address, so the view can be shared');
    await noViolations(coordinator, 'my people');
    await coordinator.getByRole('checkbox', { name: 'Team members suspended' }).click();
    await coordinator.waitForURL((url) => !url.search.includes('flags='));
    await coordinator.getByRole('searchbox').fill('');
    await screenshot(coordinator, 'caseload');
    await coordinator.context().close();
  });

  test('the person signs in and sees the coordinator’s read of their record in the access log', async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'asker.coordinator', 'helhet', '/people/new');
    await coordinator.getByRole('textbox', { name: 'Full name', exact: true }).fill('Amina Hassan');
    await coordinator.getByRole('textbox', { name: 'Number', exact: true }).fill('15039410017');
    await coordinator.getByText('The number is valid').waitFor();
    await coordinator.getByRole('button', { name: 'Register', exact: true }).click();
    // An earlier test of this run may have registered her: then the page offers her record instead.
    const existing = coordinator.getByRole('link', { name: 'Open the registered person' });
    await Promise.race([existing.waitFor(), coordinator.waitForURL(/\/people\/[0-9a-f-]{36}$/)]);
    if (await existing.isVisible()) await existing.click();
    await coordinator.getByRole('heading', { level: 1, name: 'Amina Hassan' }).waitFor();
    await coordinator.getByRole('button', { name: 'Show full number' }).click();
    await coordinator.getByRole('textbox', { name: 'Why do you need the full number?', exact: true }).fill(revealPurpose);
    await coordinator.getByRole('button', { name: 'Show number' }).click();
    assert.match(await coordinator.getByTestId('national-id-revealed').innerText(), /10017/);
    await coordinator.context().close();

    const amina = await newPage(browser);
    await signIn(amina, 'amina.hassan');
    await amina.waitForURL('**/me');
    await amina.getByRole('heading', { level: 1, name: 'Hello, Amina Hassan' }).waitFor();
    const read = amina.getByTestId('access-log').getByRole('row', { name: new RegExp(revealPurpose) });
    // The reveal reaches her log through the outbox and Kafka: reload until it has arrived.
    await eventually(async () => {
      await amina.reload();
      await read.waitFor({ timeout: 2_000 });
    });
    assert.match(await read.innerText(), /coordinator/);
    assert.match(await read.innerText(), /Showed the full identity number/);
    await amina.getByRole('heading', { name: 'The people who help you' }).waitFor();
    await noViolations(amina, 'my page');
    await screenshot(amina, 'my-page');
    await amina.context().close();
  });
});
