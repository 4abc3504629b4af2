// Why: after presentation mode (which replaces the app shell) focus must return where the user was, not drop to
// the page body. The leaving screen names the control by test id; the app shell restores it once it is back.
let pending: string | null = null;

export function returnFocusTo(testId: string): void {
  pending = testId;
}

/** Focuses the remembered control, if any (called by the app shell after it renders). */
export function restoreFocus(): void {
  if (!pending) return;
  const el = document.querySelector<HTMLElement>(`[data-testid="${pending}"]`);
  if (!el) return;
  pending = null;
  el.focus();
}
