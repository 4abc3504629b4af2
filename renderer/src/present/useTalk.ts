// Why: the talk (slide order, hidden slides, deposit and scenario choice, notes) lives in a saved briefing, so a
// briefing and its talk travel together. This hook edits that briefing through a document session like every other
// editor: it writes the whole spec back (debounced, with the revision it read, so a colleague's change is never
// overwritten silently; what is still pending is written at once on close, unload and slide change) and follows the
// file when it changes on disk. Without a briefing the talk lives only for this session and notes cannot be kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingSpec } from '../../../shared/briefing/spec';
import { defaultTalk, type Talk } from '../../../shared/briefing/talk';
import { hasBridge } from '../api/client';
import { createDocumentSession, type DocumentSession } from '../stores/documentSession';
import { useWorkspace } from '../stores/workspace';

export type TalkStatus = 'none' | 'loading' | 'saved' | 'saving' | 'error';

export interface TalkState {
  talk: Talk;
  file: string | null;
  status: TalkStatus;
  error: string | null;
  update(change: (t: Talk) => Talk): void;
  /** Writes what was typed now instead of after the debounce (slide change, leaving, closing). */
  flush(): void;
  /** Reads the file again (after another window saved it). */
  reload(): void;
  /** The briefing spec with this talk, for exporting its slides; null without a briefing. */
  spec(): BriefingSpec | null;
}

const SAVE_DELAY_MS = 500;

export function useTalk(file: string | null): TalkState {
  const [talk, setTalk] = useState<Talk>(defaultTalk);
  const [status, setStatus] = useState<TalkStatus>(file ? 'loading' : 'none');
  const [error, setError] = useState<string | null>(null);
  const spec = useRef<{ file: string; spec: BriefingSpec } | null>(null);
  /** The briefing's document session: its revision, its own saves, the disk's changes. */
  const session = useRef<{ file: string; session: DocumentSession<'briefing'> } | null>(null);
  const current = useRef<Talk>(talk);
  /** The talk typed but not yet written (the debounce is running). */
  const pending = useRef<Talk | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Reads and writes one after another, so each write carries the revision the previous one returned. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [generation, setGeneration] = useState(0);
  // Opened straight into a presentation, the workspace may still be opening: read the talk once it is open.
  const workspaceRoot = useWorkspace((s) => s.info?.dir ?? null);

  const show = useCallback((next: Talk) => {
    current.current = next;
    setTalk(next);
  }, []);

  useEffect(() => {
    spec.current = null;
    if (!file || !hasBridge() || !workspaceRoot) {
      show(defaultTalk());
      setStatus(file && hasBridge() ? 'loading' : 'none');
      return;
    }
    let live = true;
    const read = () => {
      setStatus('loading');
      const reading = queue.current.then(() => own.open(file));
      queue.current = reading.catch(() => undefined);
      reading.then(
        (content) => {
          if (!live) return;
          spec.current = { file, spec: content };
          show(content.talk);
          setStatus('saved');
          setError(null);
        },
        (err: Error) => {
          if (!live) return;
          setStatus('error');
          setError(err.message);
        },
      );
    };
    // Unsaved talk edits are the ones typed but not yet written; a clean talk follows the file on disk.
    const own = createDocumentSession('briefing', {
      dirty: () => pending.current !== null,
      label: () => file,
      reload: read,
    });
    session.current = { file, session: own };
    read();
    return () => {
      live = false;
      // A pending write (flushed on the way out) still goes through this session; only its watching stops.
      own.dispose();
    };
  }, [file, generation, workspaceRoot, show]);

  /** Writes the pending talk now (closing the window, leaving, changing slide, before a re-read). */
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (!next || !file) return;
    // The briefing read when the note was typed, unless a write since has a newer revision of the same file.
    const typedOn = spec.current;
    const typedIn = session.current;
    const write = queue.current.then(async () => {
      const loaded = spec.current?.file === file ? spec.current : typedOn;
      const own = (session.current?.file === file ? session.current : typedIn?.file === file ? typedIn : null)?.session;
      if (!loaded || loaded.file !== file || !own) return;
      setStatus('saving');
      const content = { ...loaded.spec, talk: next };
      const res = await own.save(content);
      if (res.ok && spec.current?.file === file) spec.current = { file, spec: content };
      setStatus(res.ok ? 'saved' : 'error');
      setError(res.ok ? null : res.message);
    });
    queue.current = write;
  }, [file]);

  const update = useCallback(
    (change: (t: Talk) => Talk) => {
      const next = change(current.current);
      show(next);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush, show],
  );

  // Notes typed just before the window closes, the page unloads or the briefing changes are still written: the
  // write is sent to main at once, and main finishes it whether or not this window is still there.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);
  const reload = useCallback(() => {
    flush();
    setGeneration((g) => g + 1);
  }, [flush]);
  const currentSpec = useCallback(() => (spec.current ? { ...spec.current.spec, talk } : null), [talk]);
  return { talk, file, status, error, update, flush, reload, spec: currentSpec };
}
