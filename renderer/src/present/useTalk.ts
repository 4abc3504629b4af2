// Why: the talk (slide order, hidden slides, deposit and scenario choice, notes) lives in a saved briefing, so a
// briefing and its talk travel together. This hook reads that briefing through the workspace document channels,
// and writes the whole spec back (debounced, with the revision it read, so a colleague's change is never
// overwritten silently). Without a briefing the talk lives only for this session and notes cannot be kept.
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
  const spec = useRef<{ spec: BriefingSpec; revision: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [generation, setGeneration] = useState(0);
  // Opened straight into a presentation, the workspace may still be opening: read the talk once it is open.
  const workspaceRoot = useWorkspace((s) => s.info?.dir ?? null);

  useEffect(() => {
    spec.current = null;
    if (!file || !hasBridge() || !workspaceRoot) {
      setTalk(defaultTalk());
      setStatus(file && hasBridge() ? 'loading' : 'none');
      return;
    }
    let live = true;
    setStatus('loading');
    api('workspace:read-file', { kind: 'briefing', name: file }).then(
      (r) => {
        if (!live) return;
        const parsed = BriefingSpecSchema.parse(r.content);
        spec.current = { spec: parsed, revision: r.revision };
        setTalk(parsed.talk);
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
  }, [file, generation, workspaceRoot]);

  const save = useCallback(
    (next: Talk) => {
      const loaded = spec.current;
      if (!file || !loaded) return;
      setStatus('saving');
      const content = { ...loaded.spec, talk: next };
      api('workspace:write-file', { kind: 'briefing', name: file, content, expectedRevision: loaded.revision }).then(
        (w) => {
          spec.current = { spec: content, revision: w.revision };
          setStatus('saved');
          setError(null);
        },
        (err: Error) => {
          setStatus('error');
          setError(err.message);
        },
      );
    },
    [file],
  );

  const update = useCallback(
    (change: (t: Talk) => Talk) => {
      setTalk((prev) => {
        const next = change(prev);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => save(next), SAVE_DELAY_MS);
        return next;
      });
    },
    [save],
  );

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const currentSpec = useCallback(() => (spec.current ? { ...spec.current.spec, talk } : null), [talk]);
  return { talk, file, status, error, update, reload, spec: currentSpec };
}
