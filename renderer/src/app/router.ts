// Why: hash routing keeps every view bookmarkable (filters included) without a server, and works
// identically under app://, in the print window and in the test harness.
import { create } from 'zustand';
import { PRINT_VIEW } from '../../../shared/print/protocol';

export const VIEWS = ['overview', 'deposits', 'roadmap', 'scenarios', 'risks', 'briefing', 'changes'] as const;
export type ViewId = (typeof VIEWS)[number];

export interface Route {
  view: ViewId | typeof PRINT_VIEW | 'present';
  /** Path segments after the view, e.g. ['reko-diq'] for #/deposits/reko-diq. */
  segments: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', query = ''] = raw.split('?');
  const [first = '', ...segments] = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const view = ([...VIEWS, PRINT_VIEW, 'present'] as string[]).includes(first) ? (first as Route['view']) : 'overview';
  return { view, segments: view === first ? segments : [], params: new URLSearchParams(query) };
}

export function buildHash(
  view: Route['view'],
  segments: string[] = [],
  params?: URLSearchParams | Record<string, string>,
): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params ?? {});
  const q = p.toString();
  return `#/${[view, ...segments.map(encodeURIComponent)].join('/')}${q ? `?${q}` : ''}`;
}

interface RouterState {
  route: Route;
  navigate(view: Route['view'], segments?: string[], params?: URLSearchParams | Record<string, string>): void;
  /** Updates the query without adding a history entry (filters, search). */
  replaceParams(params: URLSearchParams): void;
}

export const useRouter = create<RouterState>((set, get) => ({
  route: parseHash(typeof location === 'undefined' ? '' : location.hash),
  navigate(view, segments = [], params) {
    const hash = buildHash(view, segments, params);
    if (location.hash !== hash) location.hash = hash;
    else set({ route: parseHash(hash) });
  },
  replaceParams(params) {
    const { route } = get();
    const hash = buildHash(route.view, route.segments, params);
    history.replaceState(null, '', hash);
    set({ route: parseHash(hash) });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useRouter.setState({ route: parseHash(location.hash) }));
}
