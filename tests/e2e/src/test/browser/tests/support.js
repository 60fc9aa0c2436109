// What every browser test shares: Debian's Chromium through playwright-core, sign-in through the real
// Keycloak login form, an axe scan that fails on any WCAG 2.1 A/AA violation, and screenshots.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const baseUrl = process.env.HELHET_URL ?? 'http://localhost:8080';
const screenshots = process.env.HELHET_SCREENSHOTS;

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // The machine's network is closed: without these Chromium keeps trying Google's hosts.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A fresh browser context (its own cookies) with the UI language fixed, so assertions can match words. */
export async function newPage(browser, { language = 'en', width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height }, locale: language });
  await context.addInitScript((lang) => {
    if (!window.localStorage.getItem('helhet.language')) window.localStorage.setItem('helhet.language', lang);
  }, language);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // The gateway's Content-Security-Policy allows only this origin's scripts and styles; a page that
  // needs more is broken for real users even where a test still passes.
  page.cspViolations = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) page.cspViolations.push(message.text());
  });
  return page;
}

/** Signs in through the gateway and Keycloak's own login page, as a person would. */
export async function signIn(page, username, password = 'helhet', startAt = '/') {
  await page.goto(startAt);
  await page.getByRole('link', { name: /sign in|logg inn|logga in|log ind/i }).click();
  await page.locator('#username').fill(username);
  // With Organizations enabled Keycloak asks for the username first (identity-first login), then the password.
  if (!(await page.locator('#password').isVisible())) await page.locator('#kc-login').click();
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === new URL(baseUrl).origin);
  await page.getByTestId('signed-in-as').waitFor();
}

/** Runs axe over the page as it is now; answers the violations (WCAG 2.0/2.1, levels A and AA). */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

/** A screenshot of the page's top, or of the part where {@code at} (a locator) is. */
export async function screenshot(page, name, { at } = {}) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  if (at) await at.scrollIntoViewIfNeeded(); else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, name + '.png'), fullPage: false });
}

/** Repeats a check until it passes: the services learn of each other's changes through Kafka, within seconds. */
export async function eventually(check, { timeout = 30_000, interval = 500 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (failure) {
      if (Date.now() > deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

/** Calls the gateway's API from inside the page, with its session cookie and CSRF token, as the UI does. */
export async function callApi(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const csrf = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('helhet_csrf='));
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf.substring('helhet_csrf='.length));
    const response = await fetch('/api/v1' + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }, { method, path, body });
}

/** The Keycloak subject of a demo user, as an administrator would look it up in Keycloak. */
export async function subjectOf(username) {
  const keycloak = process.env.HELHET_KEYCLOAK ?? 'http://localhost:8180';
  const response = await fetch(`${keycloak}/realms/helhet/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'helhet-cli', username, password: 'helhet', scope: 'openid' }),
  });
  if (!response.ok) throw new Error(`No token for ${username}: ${response.status}`);
  const token = (await response.json()).access_token;
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
}

/**
 * A demo user registered as a professional of an organisation by the admin signed in on {@code admin}: registered, or — when
 * earlier runs registered them — given this organisation too. Answers the professional.
 */
export async function registerProfessional(admin, username, organisationId, name, profession = 'rådgiver') {
  const subject = await subjectOf(username);
  const details = { subject, name, profession, organisationIds: [organisationId] };
  const registered = await callApi(admin, 'POST', '/coordinators/professionals', details);
  if (registered.status !== 409) return registered.body;
  const existing = await callApi(admin, 'GET', `/coordinators/professionals/${registered.body.existingProfessionalId}`);
  const organisationIds = [...new Set([...existing.body.organisationIds, organisationId])];
  const changed = await callApi(admin, 'PUT', `/coordinators/professionals/${existing.body.id}`,
    { ...details, name: existing.body.name, organisationIds, version: existing.body.version });
  if (changed.status !== 200) throw new Error(`${username} could not be made a professional of ${organisationId}: ${changed.status}`);
  return changed.body;
}

/** A suffix that keeps this run's names apart from earlier runs' on the same stack. */
export const runId = Date.now().toString(36);

/** A valid Norwegian fødselsnummer of a made-up person born 1950-1999, different on every call (never a real person's on purpose). */
export function uniqueFodselsnummer() {
  const control = (digits, weights) => {
    const rest = 11 - (weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  for (;;) {
    const born = new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 50 * 365) * 86_400_000);
    const nine = String(born.getUTCDate()).padStart(2, '0') + String(born.getUTCMonth() + 1).padStart(2, '0')
      + String(born.getUTCFullYear() % 100).padStart(2, '0') + String(Math.floor(Math.random() * 500)).padStart(3, '0');
    const first = control(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (first === 10) continue;
    const second = control(nine + first, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (second === 10) continue;
    return nine + first + second;
  }
}
