// Why: the app frame: navigation between the six views, the workspace banner (damaged files, bad data
// packs) and one place for loading and error states, so each view only renders its own content.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Component } from 'react';
import { useRouter, VIEWS, type ViewId } from './router';
import { useData, watchDataPacks } from '../stores/data';
import { useWorkspace } from '../stores/workspace';
import { Overview } from '../views/overview/Overview';
import { PendingView } from '../views/pending/PendingView';

const NAV_LABEL: Record<ViewId, string> = {
  overview: 'Overview',
  deposits: 'Deposits',
  roadmap: 'Roadmap',
  scenarios: 'Scenarios',
  risks: 'Risks & Policy',
  briefing: 'Briefing',
};

class ViewErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }
  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error-panel">
          <h2>This view could not be shown</h2>
          <p>{this.state.error.message}</p>
          <p>Your files were not changed. Try another view, or restart the app.</p>
        </div>
      );
    }
    return this.props.children;
  }
}

function CurrentView({ view }: { view: ViewId }) {
  switch (view) {
    case 'overview':
      return <Overview />;
    default:
      return <PendingView view={view} />;
  }
}

const NO_PROBLEMS: { file: string; message: string }[] = [];

export function WorkspaceBanner() {
  const packErrors = useData((s) => s.packErrors);
  // A stable fallback: a fresh [] per render would make zustand re-render forever.
  const damaged = useWorkspace((s) => s.info?.damaged ?? NO_PROBLEMS);
  const problems = [...packErrors, ...damaged.filter((d) => !packErrors.some((p) => p.file === d.file))];
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-warn" role="status" data-testid="workspace-problems">
      <strong>{problems.length === 1 ? 'A workspace file could not be loaded' : `${problems.length} workspace files could not be loaded`}</strong>
      <span> (left untouched; everything else still shows)</span>
      <ul>
        {problems.map((p) => (
          <li key={p.file}>
            <code>{p.file}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function App() {
  const route = useRouter((s) => s.route);
  const navigate = useRouter((s) => s.navigate);
  const loadPacks = useData((s) => s.loadPacks);
  const status = useData((s) => s.status);
  const loadWorkspace = useWorkspace((s) => s.load);

  useEffect(() => {
    watchDataPacks();
    void loadPacks();
    void loadWorkspace();
  }, [loadPacks, loadWorkspace]);

  useEffect(() => {
    if (status === 'ready') document.documentElement.dataset.appReady = 'true';
  }, [status]);

  const view = route.view === 'print' || route.view === 'present' ? 'overview' : route.view;

  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Pakistan Minerals Briefing</span>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={`#/${v}`}
                  className="nav-link"
                  aria-current={v === view ? 'page' : undefined}
                  data-testid={`nav-${v}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(v);
                  }}
                >
                  {NAV_LABEL[v]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <WorkspaceBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <ViewErrorBoundary resetKey={view}>
          <Suspense fallback={<div className="loading" role="status">Loading…</div>}>
            {status === 'loading' ? <div className="loading" role="status">Loading data…</div> : <CurrentView view={view} />}
          </Suspense>
        </ViewErrorBoundary>
      </main>
    </div>
  );
}

export const lazyView = lazy;
