/** The sidebar's header: the name, and one row of links to every part of the guide. */
import type { JSX } from 'preact';
import { hrefOf, type Route, type ViewName } from '../../knowledge/routes';

interface NavItem {
  label: string;
  route: Route;
  /** Views that count as this item (a condition page belongs to "Guide"). */
  views: readonly ViewName[];
}

const NAV: readonly NavItem[] = [
  {
    label: 'Guide',
    route: { view: 'home' },
    views: ['home', 'condition', 'term', 'habits', 'red-flags', 'not-found'],
  },
  {
    label: 'Check',
    route: { view: 'check', from: null, saved: null, preset: {} },
    views: ['check'],
  },
  { label: 'Search', route: { view: 'search', query: '' }, views: ['search'] },
  { label: 'This page', route: { view: 'on-this-page' }, views: ['on-this-page'] },
  { label: 'History', route: { view: 'history' }, views: ['history'] },
  { label: 'Journal', route: { view: 'journal' }, views: ['journal'] },
  { label: 'Settings', route: { view: 'settings' }, views: ['settings'] },
];

/** The header, with the item for `current` marked as the current page. */
export function AppHeader({ current }: { current: ViewName }): JSX.Element {
  // A button, not a "#main" link: in this app the address's hash is the route.
  const skipToContent = () => document.getElementById('main')?.focus();
  return (
    <header class="app-header">
      <button type="button" class="skip-link" onClick={skipToContent}>
        Skip to content
      </button>
      <p class="brand">
        <svg class="brand-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" />
          <path d="M10 5v10M5 10h10" />
        </svg>
        Hip Pain Guide
      </p>
      <nav aria-label="Guide sections">
        <ul class="nav-list">
          {NAV.map((item) => {
            const here = item.views.includes(current);
            return (
              <li key={item.label}>
                <a
                  href={hrefOf(item.route)}
                  class="nav-link"
                  aria-current={here ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
