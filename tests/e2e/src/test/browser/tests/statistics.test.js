// The dashboard as Asker's analyst uses it: the headline outcome against the national goal, its trend, any figure by any
// breakdown, each chart with its table and CSV — keyboard-usable and axe-clean; and the platform admin's regional view,
// where small counts are withheld.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, callApi, eventually, launch, newPage, runId, screenshot, signIn } from './support.js';

let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe found violations on ${where}: ${JSON.stringify(violations, null, 1)}`);
  assert.deepEqual(page.cspViolations, [], `the Content-Security-Policy refused something on ${where}`);
}

/** A person who ended the introduction programme today in work: the headline has a figure to show. */
async function endedInWork() {
  const coordinator = await newPage(browser);
  await signIn(coordinator, 'asker.coordinator');
  const today = new Date().toISOString().slice(0, 10);
  const years = (n) => `${Number(today.slice(0, 4)) - n}${today.slice(4)}`;
  const person = await callApi(coordinator, 'POST', '/participants', { name: `Stina Statistikk (${runId})`, dateOfBirth: years(30) });
  assert.equal(person.status, 201, JSON.stringify(person.body));
  const enrolment = await callApi(coordinator, 'POST', `/participants/${person.body.id}/programmes`,
    { programme: 'introduction-programme', startDate: years(2), plannedEndDate: today, settlementDate: years(2) });
  assert.equal(enrolment.status, 201, JSON.stringify(enrolment.body));
  const ended = await callApi(coordinator, 'POST', `/participants/${person.body.id}/programmes/${enrolment.body.id}/end`,
    { endDate: today, reason: 'work' });
  assert.equal(ended.status, 200, JSON.stringify(ended.body));
  await coordinator.context().close();
}

test('the analyst sees the outcome against the goal, explores any figure by any breakdown, reads it as a table and downloads it', async () => {
  await endedInWork();
  const analyst = await newPage(browser);
  await signIn(analyst, 'asker.analyst');
  await analyst.waitForURL('**/statistics');
  await analyst.getByRole('heading', { level: 1, name: 'Statistics for Asker' }).waitFor();
  // Built from events: the ended programme arrives within seconds.
  await eventually(async () => {
    await analyst.reload();
    const share = await analyst.getByTestId('headline-share').textContent();
    assert.match(share ?? '', /%/, `the headline shows a share: ${share}`);
  });
  await analyst.getByText(/National goal: 70%/).waitFor();

  // Every figure by any breakdown the indicator allows, chosen with the keyboard.
  await analyst.getByLabel('Indicator', { exact: true }).focus();
  await analyst.getByLabel('Indicator', { exact: true }).selectOption('programme-outcomes');
  const explore = analyst.locator('section[aria-labelledby="explore-heading"]');
  await explore.getByRole('heading', { name: /Outcome at programme end – month/ }).waitFor();
  await analyst.getByLabel('Broken down by').selectOption('age-band');
  await explore.getByRole('heading', { name: /Outcome at programme end – age/ }).waitFor();
  await explore.getByText('Show the figures as a table').press('Enter');
  const table = explore.getByRole('table');
  await table.waitFor();
  await table.getByRole('rowheader', { name: '25–34' }).waitFor();
  await table.getByRole('columnheader', { name: 'In work or education' }).waitFor();
  await noViolations(analyst, 'the statistics dashboard');

  const [download] = await Promise.all([
    analyst.waitForEvent('download'),
    explore.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  // A byte-order mark first, so that spreadsheet programs read it as UTF-8.
  assert.match(csv, /^\uFEFFkey,label,ended,work,education,neither,moved,other,workOrEducationShare,withheld\r\n/);
  assert.match(csv, /\r\n25-34,,\d+,\d+,/);
  assert.match(download.suggestedFilename(), /^helhet-programme-outcomes-age-band-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);

  // In Norwegian too.
  await analyst.getByLabel('Language').selectOption('nb');
  await analyst.getByRole('heading', { level: 1, name: 'Statistikk for Asker' }).waitFor();
  await analyst.locator('#language').selectOption('en');
  await analyst.evaluate(() => window.scrollTo(0, 0));
  await screenshot(analyst, 'statistics');
  await analyst.context().close();
});

test('the platform admin sees every municipality for a closed quarter, with small counts withheld', async () => {
  const operator = await newPage(browser);
  await signIn(operator, 'region.operator');
  await operator.waitForURL('**/statistics/region');
  await operator.getByRole('heading', { level: 1, name: 'Statistics for the region' }).waitFor();
  await operator.getByText('Every municipality on the platform. Figures under 5, and figures that would reveal one, are withheld.').waitFor();
  await operator.getByLabel('Quarter (closed)').waitFor();
  await operator.getByLabel('Indicator', { exact: true }).selectOption('coordinator-coverage');
  const explore = operator.locator('section[aria-labelledby="explore-heading"]');
  await explore.getByRole('heading', { name: /Coordinator coverage – municipality/ }).waitFor();
  await noViolations(operator, 'the regional statistics');
  await operator.context().close();
});
