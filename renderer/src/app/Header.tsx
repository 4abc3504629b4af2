// Why: the app header must hold at every window width down to the 960 px minimum, in every language: labels keep
// their normal size and never wrap; the views that do not fit move, in order, into a "More" menu at the end of the
// navigation. What fits is measured, not guessed from breakpoints, so a longer translation or a late-loading font
// moves one more view into the menu instead of pushing the header's controls out of the window.
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n';
import { useSettings } from '../stores/settings';
import { SettingsMenu } from './SettingsMenu';
import { useRouter, VIEWS, type ViewId } from './router';
import { useDisclosure } from './useDisclosure';

/** How many of the items (natural widths, in order) fit in `available` px, leaving room for the "More" button. */
export function fittingCount(widths: readonly number[], available: number, gap: number, moreWidth: number): number {
  const total = (n: number) => widths.slice(0, n).reduce((a, w) => a + w, 0) + Math.max(0, n - 1) * gap;
  if (total(widths.length) <= available) return widths.length;
  let n = widths.length - 1;
  while (n > 0 && total(n) + gap + moreWidth > available) n--;
  return n;
}

function NavLink({ view, current, onGo }: { view: ViewId; current: boolean; onGo(): void }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#/${view}`}
      className="nav-link"
      aria-current={current ? 'page' : undefined}
      data-testid={`nav-${view}`}
      onClick={(e) => {
        e.preventDefault();
        onGo();
      }}
    >
      {t(`nav.${view}`)}
    </a>
  );
}

function MoreMenu({ views, current }: { views: readonly ViewId[]; current: ViewId }) {
  const { t } = useTranslation();
  const menuId = useId();
  const { open, setOpen, closeAndFocus, root, button } = useDisclosure();
  const navigate = useRouter((s) => s.navigate);
  const holdsCurrent = views.includes(current);
  return (
    <div className="nav-more" ref={root}>
      <button
        ref={button}
        type="button"
        className="nav-link nav-more-button"
        aria-expanded={open}
        aria-controls={menuId}
        data-current={holdsCurrent || undefined}
        onClick={() => setOpen((o) => !o)}
        data-testid="nav-more"
      >
        {t('nav.more')}
        <span aria-hidden="true" className="nav-more-caret">
          ▾
        </span>
        {holdsCurrent && <span className="sr-only">{t('nav.moreCurrent', { view: t(`nav.${current}`) })}</span>}
      </button>
      {open && (
        <ul id={menuId} className="nav-more-list" data-testid="nav-more-list">
          {views.map((v) => (
            <li key={v}>
              <NavLink
                view={v}
                current={v === current}
                onGo={() => {
                  closeAndFocus();
                  navigate(v);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function HeaderControls() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  return (
    <div className="header-controls">
      <button
        type="button"
        className="present-button"
        data-testid="present-open"
        onClick={() => useRouter.getState().navigate('present')}
      >
        {t('present')}
      </button>
      <label className="compact-field">
        <span className="sr-only">{t('settings.language')}</span>
        <select
          data-testid="language-select"
          aria-label={t('settings.language')}
          value={settings.language}
          onChange={(e) => void update({ language: e.target.value as Language })}
        >
          {(Object.keys(LANGUAGES) as Language[]).map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGES[l].nativeLabel}
            </option>
          ))}
        </select>
      </label>
      <SettingsMenu />
    </div>
  );
}

/** Measures the labels' natural widths (a hidden copy) against the nav's width, again whenever either changes. */
function useFittingCount(nav: React.RefObject<HTMLElement | null>, measure: React.RefObject<HTMLElement | null>) {
  const [count, setCount] = useState<number>(VIEWS.length);
  useLayoutEffect(() => {
    const navEl = nav.current;
    const measureEl = measure.current;
    if (!navEl || !measureEl) return;
    const update = () => {
      const items = [...measureEl.querySelectorAll<HTMLElement>('[data-measure="view"]')];
      const more = measureEl.querySelector<HTMLElement>('[data-measure="more"]');
      const gap = parseFloat(getComputedStyle(measureEl).columnGap) || 0;
      const widths = items.map((el) => el.getBoundingClientRect().width);
      setCount(fittingCount(widths, navEl.clientWidth, gap, more?.getBoundingClientRect().width ?? 0));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(navEl);
    observer.observe(measureEl);
    return () => observer.disconnect();
  }, [nav, measure]);
  return count;
}

export function Header({ current }: { current: ViewId }) {
  const { t } = useTranslation();
  const navigate = useRouter((s) => s.navigate);
  const nav = useRef<HTMLElement>(null);
  const measure = useRef<HTMLUListElement>(null);
  const count = useFittingCount(nav, measure);
  const shown = VIEWS.slice(0, count);
  const overflow = VIEWS.slice(count);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" title={t('appName')} />
        <span className="brand-name">{t('appName')}</span>
      </div>
      <nav aria-label={t('nav.label')} ref={nav}>
        <ul className="nav-list">
          {shown.map((v) => (
            <li key={v}>
              <NavLink view={v} current={v === current} onGo={() => navigate(v)} />
            </li>
          ))}
          {overflow.length > 0 && (
            <li>
              <MoreMenu views={overflow} current={current} />
            </li>
          )}
        </ul>
        <ul className="nav-list nav-measure" ref={measure} aria-hidden="true">
          {VIEWS.map((v) => (
            <li key={v} className="nav-link" data-measure="view">
              {t(`nav.${v}`)}
            </li>
          ))}
          <li className="nav-link nav-more-button" data-measure="more">
            {t('nav.more')}
            <span className="nav-more-caret">▾</span>
          </li>
        </ul>
      </nav>
      <HeaderControls />
    </header>
  );
}
