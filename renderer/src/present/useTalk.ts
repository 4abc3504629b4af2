// Why: the talk (slide order, hidden slides, deposit and scenario choice, notes) lives in a saved briefing, so a
// briefing and its talk travel together. This hook reads that briefing through the workspace document channels,
// and writes the whole spec back (debounced, with the revision it read, so a colleague's change is never
// overwritten silently; what is still pending is written at once on close, unload and slide change). Without a
// briefing the talk lives only for this session and notes cannot be kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import { BriefingSpecSchema, type BriefingSpec } from '../../../shared/briefing/spec';
import { defaultTalk, type Talk } from '../../../shared/briefing/talk';
import { api, hasBridge } from '../api/client';
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
  const spec = useRef<{ file: string; spec: BriefingSpec; revision: string } | null>(null);
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
    setStatus('loading');
    const read = queue.current.then(() => api('workspace:read-file', { kind: 'briefing', name: file }));
    queue.current = read.catch(() => undefined);
    read.then(
      (r) => {
        if (!live) return;
        const parsed = BriefingSpecSchema.parse(r.content);
        spec.current = { file, spec: parsed, revision: r.revision };
        show(parsed.talk);
        setStatus('saved');
        setError(null);
      },
      (err: Error) => {
        if (!live) return;
        setStatus('error');
        setError(err.message);
      },
    );
    return () => {
      live = false;
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
    const write = queue.current.then(() => {
      const loaded = spec.current?.file === file ? spec.current : typedOn;
      if (!loaded || loaded.file !== file) return;
      setStatus('saving');
      const content = { ...loaded.spec, talk: next };
      return api('workspace:write-file', { kind: 'briefing', name: file, content, expectedRevision: loaded.revision })
        .then((w) => {
          if (spec.current?.file === file) spec.current = { file, spec: content, revision: w.revision };
          setStatus('saved');
          setError(null);
        })
        .catch((err: Error) => {
          setStatus('error');
          setError(err.message);
        });
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
