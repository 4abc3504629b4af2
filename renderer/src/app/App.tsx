// Why: the app frame: navigation between the six views, the workspace banner (damaged files, bad data
// packs) and one place for loading and error states, so each view only renders its own content.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Component } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { useSettings } from '../stores/settings';
import { Header } from './Header';
import { SkipLink } from '../components/SkipLink';
import { useNotices } from '../stores/notices';
import { onEvent } from '../api/client';
import { useRouter, type Route, type ViewId } from './router';
import { parsePrintRoute, PRINT_VIEW } from '../../../shared/print/protocol';
import { useData, watchDataPacks } from '../stores/data';
import { useWorkspace } from '../stores/workspace';
import { Overview } from '../views/overview/Overview';
import { PrintErrorBoundary } from '../print/PrintErrorBoundary';
import { EditionLabel } from '../edition/EditionLabel';
import { useEdition } from '../stores/edition';
import { FileDialogHost } from './FileDialog';
import { FolderSwitchPrompt } from './FolderSwitchPrompt';
import { restoreFocus } from './focusReturn';

// The Overview ships in the first chunk so it paints fast; heavier views (map, charts, editors) load on demand.
const DepositsView = lazy(() => import('../views/deposits/DepositsView').then((m) => ({ default: m.DepositsView })));
// "Model this deposit" opens the calculator prefilled from the deposit (the mapping lives with the calculator).
function DepositsWithModel() {
  return (
    <DepositsView
      onModel={(id) =>
        void import('../views/scenarios/presetForDeposit').then((m) =>
          useRouter.getState().navigate('scenarios', ['new'], { preset: m.presetForDeposit(id), deposit: id }),
        )
      }
    />
  );
}
const RoadmapView = lazy(() => import('../views/roadmap/RoadmapView').then((m) => ({ default: m.RoadmapView })));
const RisksView = lazy(() => import('../views/risks/RisksView').then((m) => ({ default: m.RisksView })));
const ScenariosView = lazy(() =>
  import('../views/scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })),
);
const BriefingView = lazy(() => import('../views/briefing/BriefingView'));
const ChangesView = lazy(() => import('../views/changes/ChangesView').then((m) => ({ default: m.ChangesView })));
// The print window's route (#/print/<jobId>): the briefing alone, without the app chrome.
const PrintRoute = lazy(() => import('../print/PrintRoute'));
const Presentation = lazy(() => import('../present/Presentation').then((m) => ({ default: m.Presentation })));

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
          <h2>{i18n.t('viewError.title')}</h2>
          <p>{this.state.error.message}</p>
          <p>{i18n.t('viewError.hint')}</p>
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
    case 'deposits':
      return <DepositsWithModel />;
    case 'roadmap':
      return <RoadmapView />;
    case 'risks':
      return <RisksView />;
    case 'briefing':
      return <BriefingView />;
    case 'scenarios':
      return <ScenariosView />;
    case 'changes':
      return <ChangesView />;
  }
}

const NO_PROBLEMS: { file: string; message: string }[] = [];

export function WorkspaceBanner() {
  const { t } = useTranslation();
  const packErrors = useData((s) => s.packErrors);
  // A stable fallback: a fresh [] per render would make zustand re-render forever.
  const damaged = useWorkspace((s) => s.info?.damaged ?? NO_PROBLEMS);
  const editionProblem = useEdition((s) => s.info.problem);
  const unopenable = useWorkspace((s) => Boolean(s.info?.unopenable));
  const known = [...packErrors, ...damaged.filter((d) => !packErrors.some((p) => p.file === d.file))];
  const problems = editionProblem ? [...known, { file: t('edition:settings.title'), message: editionProblem }] : known;
  // With no workspace open, every file "fails"; the unavailable-folder banner says why, once.
  if (problems.length === 0 || unopenable) return null;
  return (
    <div className="banner banner-warn" role="status" data-testid="workspace-problems">
      <strong>
        {problems.length === 1 ? t('workspaceProblems.one') : t('workspaceProblems.other', { count: problems.length })}
      </strong>
      <span>{t('workspaceProblems.untouched')}</span>
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

/** The saved workspace folder could not be opened: say which and why, and offer the two ways out. */
export function WorkspaceUnavailable() {
  const { t } = useTranslation();
  const unopenable = useWorkspace((s) => s.info?.unopenable);
  const error = useWorkspace((s) => s.error);
  if (!unopenable) return null;
  // Every view's data comes from the workspace: start them afresh on the folder that opened.
  const afterSwitch = (ok: boolean) => ok && location.reload();
  return (
    <div className="banner banner-warn" role="alert" data-testid="workspace-unavailable">
      <strong>{t('workspaceUnavailable.title')}</strong>
      <p>
        <code dir="ltr" data-testid="workspace-unavailable-dir">
          {unopenable.dir}
        </code>
        : <span data-testid="workspace-unavailable-problem">{unopenable.message}</span>
      </p>
      <p>{t('workspaceUnavailable.untouched')}</p>
      <div className="banner-actions">
        <button
          type="button"
          className="btn"
          data-testid="workspace-choose-other"
          onClick={() => void useWorkspace.getState().chooseFolder().then(afterSwitch)}
        >
          {t('workspaceUnavailable.choose')}
        </button>{' '}
        <button
          type="button"
          className="btn btn-secondary"
          data-testid="workspace-use-default"
          onClick={() => void useWorkspace.getState().useDefaultFolder().then(afterSwitch)}
        >
          {t('workspaceUnavailable.useDefault')}
        </button>
      </div>
      {error && <p className="settings-error">{error}</p>}
    </div>
  );
}

function Notices() {
  const { t } = useTranslation();
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" className="notice-close" onClick={() => dismiss(n.id)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function App() {
  const route = useRouter((s) => s.route);
  // A print surface renders the briefing alone, from its job: no app chrome, banner or notices on paper, and
  // none of the app's start-up work (settings, workspace, data packs), which the job's snapshot replaces.
  if (route.view === PRINT_VIEW) {
    const jobId = parsePrintRoute(route.segments, route.params);
    return (
      <PrintErrorBoundary jobId={jobId.kind === 'job' ? jobId.jobId : ''}>
        <Suspense fallback={null}>
          {/* Keyed by job: a reused print page starts each job from a clean state. */}
          <PrintRoute key={route.segments[0] ?? ''} segments={route.segments} params={route.params} />
        </Suspense>
      </PrintErrorBoundary>
    );
  }
  return <AppShell route={route} />;
}

function AppShell({ route }: { route: Route }) {
  const { t } = useTranslation();
  const loadSettings = useSettings((s) => s.load);
  const settingsLoaded = useSettings((s) => s.loaded);
  const navigate = useRouter((s) => s.navigate);
  const loadPacks = useData((s) => s.loadPacks);
  const status = useData((s) => s.status);
  const loadWorkspace = useWorkspace((s) => s.load);

  // Back from presentation mode: focus returns to the control that opened it.
  useEffect(() => restoreFocus(), [route.view]);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  useEffect(
    () =>
      onEvent('app:file-opened', (e) => {
        if (e.ok) {
          useNotices.getState().push('info', i18n.t('fileOpened', { name: e.name }));
          navigate('scenarios', [e.name]);
        } else {
          useNotices.getState().push('error', i18n.t('fileOpenFailed', { file: e.file, message: e.message }));
        }
      }),
    [navigate],
  );

  useEffect(() => {
    watchDataPacks();
    void loadPacks();
    void loadWorkspace();
  }, [loadPacks, loadWorkspace]);

  useEffect(() => {
    if (status === 'ready' && settingsLoaded) document.documentElement.dataset.appReady = 'true';
  }, [status, settingsLoaded]);

  const view = route.view === 'present' || route.view === PRINT_VIEW ? 'overview' : route.view;

  if (route.view === 'present') {
    return (
      <Suspense
        fallback={
          <div className="loading" role="status">
            {t('loading')}
          </div>
        }
      >
        {status === 'loading' ? null : <Presentation />}
      </Suspense>
    );
  }

  return (
    <div className="app-frame">
      <SkipLink to="#main">{t('skipToContent')}</SkipLink>
      <Header current={view} />
      <WorkspaceUnavailable />
      <WorkspaceBanner />
      <Notices />
      <FileDialogHost />
      <FolderSwitchPrompt />
      <main id="main" className="app-main" tabIndex={-1}>
        <ViewErrorBoundary resetKey={view}>
          <Suspense
            fallback={
              <div className="loading" role="status">
                {t('loading')}
              </div>
            }
          >
            {status === 'loading' ? (
              <div className="loading" role="status">
                {t('loadingData')}
              </div>
            ) : (
              <CurrentView view={view} />
            )}
          </Suspense>
        </ViewErrorBoundary>
      </main>
      <footer className="app-footer" data-testid="app-footer">
        <EditionLabel />
      </footer>
    </div>
  );
}

export const lazyView = lazy;
