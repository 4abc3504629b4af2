// Why: the filters live in the URL hash (reload and shared links restore them), but writing the hash re-renders
// the whole app frame and costs a history update. So a change applies to the map and table at once, and the
// hash follows when the user pauses (URL_WRITE_DELAY_MS), or immediately before anything navigates.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DepositQuery } from '../../../../shared/deposits/filter';
import { buildEntries, paramsToQuery, parseCompare } from '../../../../shared/deposits/url';
import { useRouter } from '../../app/router';

export const URL_WRITE_DELAY_MS = 250;

function writeParams(query: DepositQuery, compare: readonly string[]) {
  const { route, replaceParams } = useRouter.getState();
  replaceParams(new URLSearchParams(buildEntries(query, compare, route.params.entries())));
}

export interface HashQuery {
  query: DepositQuery;
  compare: string[];
  /** The latest query, pending or written; for handlers that must not close over a stale one. */
  latest(): DepositQuery;
  setQuery(next: DepositQuery): void;
  setCompare(ids: string[]): void;
  /** Writes a pending change to the hash now (before navigating, so the new route keeps it). */
  flush(): void;
}

export function useHashQuery(): HashQuery {
  const params = useRouter((s) => s.route.params);
  const routeQuery = useMemo(() => paramsToQuery(params), [params]);
  const compare = useMemo(() => parseCompare(params), [params]);
  const [draft, setDraft] = useState<DepositQuery | null>(null);
  const pending = useRef<DepositQuery | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const q = pending.current;
    if (!q) return;
    pending.current = null;
    writeParams(q, parseCompare(useRouter.getState().route.params));
    setDraft(null);
  }, []);

  const latest = useCallback(() => pending.current ?? paramsToQuery(useRouter.getState().route.params), []);

  const setQuery = useCallback(
    (next: DepositQuery) => {
      pending.current = next;
      setDraft(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, URL_WRITE_DELAY_MS);
    },
    [flush],
  );

  const setCompare = useCallback(
    (ids: string[]) => {
      const q = latest();
      flush();
      writeParams(q, ids);
    },
    [flush, latest],
  );

  // Leaving the view must not lose a change still waiting to be written.
  useEffect(() => flush, [flush]);

  return { query: draft ?? routeQuery, compare, latest, setQuery, setCompare, flush };
}
