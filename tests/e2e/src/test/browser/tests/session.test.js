// Sign-in context: the language picker (remembered), the municipality of a user of several, and sign-out
// that ends the Keycloak session too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { callApi, launch, newPage, signIn } from './support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the language picker switches every string and is remembered', async () => {
  const page = await newPage(browser);
  await signIn(page, 'asker.coordinator');
  await page.getByRole('heading', { level: 1, name: 'My people' }).waitFor();
  for (const [code, heading, signOut] of [['nb', 'Mine personer', 'Logg ut'], ['sv', 'Mina personer', 'Logga ut'], ['da', 'Mine borgere', 'Log ud']]) {
    await page.getByRole('combobox', { name: /Language|Språk|Sprog/ }).selectOption(code);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('link', { name: signOut }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
  }
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Mine borgere' }).waitFor();
  // Refusals are shown by their problem type, in the chosen language, not with the API's English title.
  await page.goto('/people/00000000-0000-4000-8000-000000000000');
  await page.getByRole('alert').getByText('Ikke fundet – eller du har ikke adgang.').waitFor();
  await page.goto('/people');
  await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'My people' }).waitFor();
  await page.context().close();
});

test('a coordinator of two municipalities chooses one, and switches', async () => {
  const page = await newPage(browser);
  await signIn(page, 'regional.coordinator');
  await page.getByRole('heading', { level: 1, name: 'Choose municipality' }).waitFor();
  await page.getByRole('button', { name: 'Asker' }).click();
  const municipality = page.getByRole('combobox', { name: 'Municipality' });
  await page.waitForFunction(() => document.querySelector('#municipality')?.value === 'asker');
  await page.getByRole('heading', { level: 1, name: 'My people' }).waitFor();
  assert.equal((await callApi(page, 'GET', '/session')).body.activeMunicipality, 'asker');
  await municipality.selectOption('harstad');
  await page.waitForFunction(() => document.querySelector('#municipality')?.value === 'harstad');
  assert.equal((await callApi(page, 'GET', '/session')).body.activeMunicipality, 'harstad');
  // Not a registered professional in either: the caseload says so in words, not with a blank page.
  await page.getByText('You are not registered as a professional').waitFor();
  await page.context().close();
});

test('signing out ends the session in Helhet and in Keycloak', async () => {
  const page = await newPage(browser);
  await signIn(page, 'asker.coordinator');
  await page.getByRole('link', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in to Helhet' }).waitFor();
  assert.equal((await callApi(page, 'GET', '/session')).status, 401);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.locator('#username').waitFor(); // Keycloak asks again: its session ended as well
  await page.context().close();
});
