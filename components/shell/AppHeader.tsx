/**
 * The sidebar's header: the brand, a pause for every mark and card, search and settings as icon links, three tabs (Guide · Check ·
 * Journal) that fit one row at 360 px and at 200% zoom, and, only when the current page has
 * hip-pain terms, a small link to them ("7 terms explained here").
 */
import type { JSX } from 'preact';
import { hrefOf, type Route, type ViewName } from '../../knowledge/routes';
import { BrandMark } from './BrandMark';
import { LineIcon } from './LineIcon';
import { PauseButton } from './PauseButton';

interface NavItem {
  label: string;
  route: Route;
  /** Views that count as this item (a condition page belongs to "Guide", past checks to "Check"). */
  views: readonly ViewName[];
}

const TABS: readonly NavItem[] = [
  {
    label: 'Guide',
    route: { view: 'home' },
    views: ['home', 'condition', 'term', 'habits', 'red-flags', 'not-found'],
  },
  {
    label: 'Check',
    route: { view: 'check', from: null, saved: null, preset: {} },
    views: ['check', 'history'],
  },
  { label: 'Journal', route: { view: 'journal' }, views: ['journal'] },
];

function SearchIcon() {
  return (
    <LineIcon>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" />
    </LineIcon>
  );
}

function SettingsIcon() {
  return (
    <LineIcon>
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.65 1.65 0 0 0 .33 1.82l.06.06a2 2 0 1 1-2.83 2.83l-.06-.06a1.65 1.65 0 0 0-1.82-.33 1.65 1.65 0 0 0-1 1.51V21a2 2 0 1 1-4 0v-.09A1.65 1.65 0 0 0 9 19.4a1.65 1.65 0 0 0-1.82.33l-.06.06a2 2 0 1 1-2.83-2.83l.06-.06a1.65 1.65 0 0 0 .33-1.82 1.65 1.65 0 0 0-1.51-1H3a2 2 0 1 1 0-4h.09A1.65 1.65 0 0 0 4.6 9a1.65 1.65 0 0 0-.33-1.82l-.06-.06a2 2 0 1 1 2.83-2.83l.06.06a1.65 1.65 0 0 0 1.82.33H9a1.65 1.65 0 0 0 1-1.51V3a2 2 0 1 1 4 0v.09a1.65 1.65 0 0 0 1 1.51 1.65 1.65 0 0 0 1.82-.33l.06-.06a2 2 0 1 1 2.83 2.83l-.06.06a1.65 1.65 0 0 0-.33 1.82V9a1.65 1.65 0 0 0 1.51 1H21a2 2 0 1 1 0 4h-.09a1.65 1.65 0 0 0-1.51 1z" />
    </LineIcon>
  );
}

function IconLink({
  label,
  route,
  current,
  children,
}: {
  label: string;
  route: Route;
  current: ViewName;
  children: JSX.Element;
}) {
  return (
    <a
      href={hrefOf(route)}
      class="icon-link"
      aria-label={label}
      title={label}
      aria-current={current === route.view ? 'page' : undefined}
    >
      {children}
    </a>
  );
}

interface AppHeaderProps {
  current: ViewName;
  /** Distinct hip-pain terms on the current page; null hides the link to them. */
  pageTerms: number | null;
}

/** The header, with the tab for `current` marked as the current page. */
export function AppHeader({ current, pageTerms }: AppHeaderProps): JSX.Element {
  // A button, not a "#main" link: in this app the address's hash is the route.
  const skipToContent = () => document.getElementById('main')?.focus();
  return (
    <header class="app-header">
      <button type="button" class="skip-link" onClick={skipToContent}>
        Skip to content
      </button>
      <div class="header-row">
        <p class="brand">
          <BrandMark size={20} />
          <span class="brand-name">Hip Pain Guide</span>
        </p>
        <PauseButton />
        <IconLink label="Search" route={{ view: 'search', query: '' }} current={current}>
          <SearchIcon />
        </IconLink>
        <IconLink label="Settings" route={{ view: 'settings' }} current={current}>
          <SettingsIcon />
        </IconLink>
      </div>
      <nav aria-label="Guide sections">
        <ul class="tabs">
          {TABS.map((item) => (
            <li key={item.label}>
              <a
                href={hrefOf(item.route)}
                class="tab"
                aria-current={item.views.includes(current) ? 'page' : undefined}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {pageTerms !== null && (
        <p class="page-terms-link">
          <a
            href={hrefOf({ view: 'on-this-page' })}
            aria-current={current === 'on-this-page' ? 'page' : undefined}
          >
            {pageTerms === 1 ? '1 term explained here' : `${pageTerms} terms explained here`}
          </a>
        </p>
      )}
    </header>
  );
}
