// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import '../shared/i18n';
import { RoutePage } from './RoutePage';

function Broken(): never {
  // What a date outside JavaScript's range did to the person page: a RangeError while rendering.
  throw new RangeError('Invalid time value');
}

function Shell({ allowed = true }: { allowed?: boolean }) {
  return (
    <>
      <nav><Link to="/other">Other page</Link></nav>
      <Routes>
        <Route path="/broken" element={<RoutePage allowed={allowed}><Broken /></RoutePage>} />
        <Route path="/other" element={<RoutePage allowed><h1>Other page content</h1></RoutePage>} />
      </Routes>
    </>
  );
}

describe('a route page', () => {
  afterEach(cleanup);

  it('keeps a rendering error inside the page: a message, a way back, the menu still there', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<MemoryRouter initialEntries={['/broken']}><Shell /></MemoryRouter>);
    expect(screen.getByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the front page' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('link', { name: 'Other page' })).toBeTruthy();
  });

  it('recovers when the person goes to another page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<MemoryRouter initialEntries={['/broken']}><Shell /></MemoryRouter>);
    fireEvent.click(screen.getByRole('link', { name: 'Other page' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Other page content' })).toBeTruthy();
  });

  it('shows a page of another role as not part of the caller\'s work, without loading it', () => {
    render(<MemoryRouter initialEntries={['/broken']}><Shell allowed={false} /></MemoryRouter>);
    expect(screen.getByRole('heading', { level: 1, name: 'Not part of your work' })).toBeTruthy();
  });
});
