// Universal design is a legal duty for Nordic public services: every page is scanned by axe (WCAG 2.1 A
// and AA) as each role sees it, at desktop width and at 360 px (where the page itself must not scroll
// sideways), and the skip link is the first stop of the keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, callApi, launch, newPage, runId, signIn } from './support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function check(page, path, ready) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    await ready(page).waitFor();
    await page.waitForLoadState('networkidle');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${path} at ${width} px: ${JSON.stringify(violations, null, 1)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} at ${width} px scrolls sideways by ${overflow} px`);
    assert.deepEqual(page.cspViolations, [], `${path} broke the Content-Security-Policy`);
  }
}

const heading = (name) => (page) => page.getByRole('heading', { level: 1, name });

test('the sign-in page, and the keyboard reaches the content first', async () => {
  const page = await newPage(browser);
  await check(page, '/', heading('Sign in to Helhet'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.context().close();
});

test('the municipality choice of a user of several', async () => {
  const page = await newPage(browser);
  await signIn(page, 'regional.coordinator');
  await check(page, '/', heading('Choose municipality'));
  await page.context().close();
});

test('the coordinator’s pages', async () => {
  const page = await newPage(browser);
  await signIn(page, 'asker.coordinator');
  const person = await callApi(page, 'POST', '/participants', { name: `Universell Utforming ${runId}`, whatMattersToMe: 'Å bli hørt.' });
  assert.equal(person.status, 201);
  await check(page, '/people', heading('My people'));
  await check(page, '/people/new', heading('Register a person'));
  await check(page, `/people/${person.body.id}`, heading(`Universell Utforming ${runId}`));
  await check(page, `/people/${person.body.id}/overview`, heading(`Network and team around Universell Utforming ${runId}`));
  // The plan and meetings of a person the coordinator registered (readable as registrant), and the directory.
  await check(page, `/people/${person.body.id}/plan`, (p) => p.getByRole('heading', { level: 2, name: 'Plan' }));
  await check(page, `/people/${person.body.id}/meetings`, (p) => p.getByRole('heading', { level: 2, name: 'Meetings' }));
  await check(page, '/directory', heading('Service directory'));
  await check(page, '/no-such-page', heading('Page not found'));
  await page.context().close();
});

test('a person is registered with the keyboard alone', async () => {
  const page = await newPage(browser);
  await signIn(page, 'asker.coordinator', 'helhet', '/people/new');
  await page.getByRole('heading', { level: 1, name: 'Register a person' }).waitFor();
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Enter');
  let guard = 0;
  while (await page.evaluate(() => document.activeElement?.id) !== 'name' && guard++ < 40) await page.keyboard.press('Tab');
  await page.keyboard.type(`Tastatur Bruker ${runId}`);
  await page.keyboard.press('Enter'); // submits the form
  await page.getByRole('heading', { level: 1, name: `Tastatur Bruker ${runId}` }).waitFor();
  await page.context().close();
});

/** The other roles' pages: who signs in, where, and the page's heading (null: any level-1 heading). */
const PAGES_BY_ROLE = [
  ['asker.teamlead', [['/people/unassigned', 'People without a coordinator']]],
  ['asker.admin', [['/admin/organisations', 'Organisations'], ['/admin/professionals', 'Professionals']]],
  // A page of another role is not even loaded: the person is told it is not part of their work.
  ['amina.hassan', [['/me', null], ['/people', 'Not part of your work']]],
  ['nora.nilsen', [['/me', 'My page']]], // signed in, but no municipality has registered her
  ['asker.analyst', [['/welcome', 'Welcome'], ['/admin/organisations', 'Not part of your work']]],
];

for (const [user, pages] of PAGES_BY_ROLE) {
  test(`the pages of ${user}`, async () => {
    const page = await newPage(browser);
    await signIn(page, user);
    for (const [path, name] of pages) {
      await check(page, path, name ? heading(name) : (p) => p.getByRole('heading', { level: 1 }));
    }
    await page.context().close();
  });
}
