// The service directory as its users meet it: the municipality admin registers a service of a registry organisation,
// and a coordinator finds it by words and by the part of life it helps with.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, callApi, eventually, launch, newPage, runId, signIn } from './support.js';

const provider = `Frivilligsentralen (katalog ${runId})`;
const service = `Språkkafé med mentor (${runId})`;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the admin registers a service and a coordinator finds it by words and part of life', async () => {
  const admin = await newPage(browser);
  await signIn(admin, 'asker.admin');
  const organisation = await callApi(admin, 'POST', '/coordinators/organisations', { name: provider, type: 'volunteer-centre' });
  assert.equal(organisation.status, 201);
  await admin.goto('/directory');
  await admin.getByRole('heading', { level: 1, name: 'Service directory' }).waitFor();
  await admin.getByRole('button', { name: 'Register a service' }).click();
  await admin.getByRole('combobox', { name: 'Provided by' }).selectOption({ label: provider });
  await admin.getByRole('textbox', { name: 'Name of the service' }).fill(service);
  await admin.getByRole('textbox', { name: 'What it offers' }).fill('Språkpraksis over en kopp kaffe, hver onsdag');
  await admin.getByRole('textbox', { name: 'Languages' }).fill('nb, so');
  await admin.getByRole('checkbox', { name: 'Language', exact: true }).check();
  await admin.getByRole('checkbox', { name: 'Network', exact: true }).check();
  await admin.getByRole('spinbutton', { name: 'Usual wait (days)' }).fill('7');
  // The referrals service learns of the new organisation from the registry's topic: until then it refuses it (400).
  await eventually(async () => {
    const saved = admin.waitForResponse((response) => response.url().endsWith('/api/v1/referrals/services') && response.request().method() === 'POST');
    await admin.getByRole('button', { name: 'Register the service' }).click();
    assert.equal((await saved).status(), 201);
  });
  await admin.getByTestId('directory').getByRole('heading', { name: service }).waitFor();
  await admin.context().close();

  const coordinator = await newPage(browser);
  await signIn(coordinator, 'asker.coordinator', 'helhet', '/directory');
  await coordinator.getByRole('heading', { level: 1, name: 'Service directory' }).waitFor();
  await coordinator.getByRole('searchbox', { name: 'Search' }).or(coordinator.getByRole('textbox', { name: 'Search' })).fill('kaffe');
  await coordinator.getByRole('button', { name: 'Find' }).click();
  const found = coordinator.getByTestId('directory').getByRole('listitem').filter({ hasText: service });
  await found.waitFor();
  assert.match(await found.innerText(), /7 days/);
  assert.match(coordinator.url(), /q=kaffe/);
  await coordinator.getByRole('combobox', { name: 'Part of life' }).selectOption('housing');
  await coordinator.getByText('No services match.').waitFor();
  await coordinator.getByRole('combobox', { name: 'Part of life' }).selectOption('language');
  await found.waitFor();
  const violations = await axeViolations(coordinator);
  assert.deepEqual(violations, [], `axe found violations on the directory: ${JSON.stringify(violations, null, 1)}`);
  await coordinator.context().close();
});
