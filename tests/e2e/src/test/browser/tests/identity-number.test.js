// The registration form checks identity numbers as they are typed. It must refuse exactly what the
// participants service refuses, for the same reason: each input is typed into the page and sent to the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { callApi, launch, newPage, signIn } from './support.js';

const REFUSED = [
  ['NO', '1503941001'], ['NO', '15039410O17'], ['NO', '32039410017'], ['NO', '15139410017'], ['NO', '15039410018'],
  ['NO', '15039410071'], ['NO', '29029910017'], ['NO', '55439410017'],
  ['SE', '19880609-12'], ['SE', '8806O9-1234'], ['SE', '881309-1234'], ['SE', '880609-1235'], ['SE', '20990101-1234'],
  ['DK', '010190-123'], ['DK', '0101901234x'], ['DK', '01019-01234'], ['DK', '320190-1234'], ['DK', '290290-1234'],
];
const ACCEPTED = [['NO', '15039410017'], ['SE', '19880609-1230'], ['DK', '010190-1234']];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the form refuses each number the API refuses, with the same code', async () => {
  const page = await newPage(browser);
  await signIn(page, 'asker.coordinator', 'helhet', '/people/new');
  const number = page.getByRole('textbox', { name: 'Number', exact: true });
  for (const [country, input] of REFUSED) {
    await page.getByRole('combobox', { name: 'Country' }).selectOption(country);
    await number.fill(input);
    const shown = await page.getByTestId('national-id-error').getAttribute('data-code');
    const answer = await callApi(page, 'POST', '/participants', { name: 'Kontroll', nationalId: { country, number: input } });
    assert.equal(answer.status, 400, `${country} ${input}: the API accepted what the form refused`);
    const apiCode = answer.body.errors.find((error) => error.field.startsWith('nationalId')).code;
    assert.equal(shown, apiCode, `${country} ${input}: the form says ${shown}, the API ${apiCode}`);
  }
  for (const [country, input] of ACCEPTED) {
    await page.getByRole('combobox', { name: 'Country' }).selectOption(country);
    await number.fill(input);
    assert.equal(await page.getByTestId('national-id-error').count(), 0, `${country} ${input} was refused by the form`);
  }
  await page.context().close();
});
