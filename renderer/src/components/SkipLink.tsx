// Why: keyboard users jump past long runs of controls (the header, the editor's hundred inputs) with skip links.
// Hash routing owns location.hash, so a skip link moves focus itself instead of following its anchor; the target
// is brought into view below the sticky header (scroll-margin-top) and keeps focus for the next Tab.
import type { ReactNode } from 'react';

/** `to` is a CSS selector; the first match gets focus (made focusable for the jump if it is not already). */
export function SkipLink({
  to,
  children,
  inline = false,
  testId,
}: {
  to: string;
  children: ReactNode;
  /** Shown in place when focused (inside a view), rather than over the page's top corner. */
  inline?: boolean;
  testId?: string;
}) {
  return (
    <a
      className={inline ? 'skip-link skip-link-inline' : 'skip-link'}
      href={to.startsWith('#') ? to : '#'}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        const target = document.querySelector<HTMLElement>(to);
        if (!target) return;
        if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
