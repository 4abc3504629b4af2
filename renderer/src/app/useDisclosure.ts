// Why: the header's pop-over panels (Settings, the "More" views menu) open and close the same way: a click outside
// closes without moving focus (the user clicked somewhere else on purpose), Escape closes and puts focus back on the
// button that opened the panel, so keyboard users never land on the page body.
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface Disclosure {
  open: boolean;
  setOpen(open: boolean | ((was: boolean) => boolean)): void;
  /** Closes the panel and focuses its button (Escape, or a choice made inside the panel). */
  closeAndFocus(): void;
  root: RefObject<HTMLDivElement | null>;
  button: RefObject<HTMLButtonElement | null>;
}

export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const closeAndFocus = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    // A modal dialog opened from the panel (the folder browser) sits outside it: working there, or clicking its
    // backdrop (which covers the page), keeps the panel open; while a modal is up the page is not being used.
    const inModal = (e: Event) =>
      e.target instanceof Element && e.target.closest('[aria-modal="true"], [data-modal-backdrop]') !== null;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node) && !inModal(e)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || inModal(e)) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return { open, setOpen, closeAndFocus, root, button };
}
