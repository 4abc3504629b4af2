// Why: focus must return where the user was, never drop to the page body. Two cases need help: presentation mode
// replaces the app shell (the leaving screen names the control by test id; the shell restores it once it is back),
// and a long task such as an export disables or removes the control that started it while it runs.
import { useCallback, useEffect, useRef } from 'react';

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

const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/**
 * For a task that runs while `busy`: call the returned `remember()` as the task starts (in the click handler, while
 * its control still has focus). When `busy` ends, focus goes back to that control if it is still on the page and
 * focus was lost meanwhile; a user who has moved on to another control keeps their place.
 */
export function useFocusReturn(busy: boolean): () => void {
  const saved = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy || !saved.current) return;
    const el = saved.current;
    saved.current = null;
    if (el.isConnected && focusLost()) el.focus();
  }, [busy]);
  return useCallback(() => {
    saved.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
}
