// Why: the app behind the window is the same in both hosts (Electron, and the machine's Chromium when
// Electron's binary is missing): settings, the workspace (opened with a clear problem instead of a failed
// start), the handler table behind the one invoker, logging of every failed request, and opening scenario
// files handed over by the OS. Each host only supplies its window, dialogs, shell and print surfaces.
import path from 'node:path';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { documentKinds } from '../../shared/workspace/kinds';
import type { Dialogs, Shell } from '../services/dialogs';
import { importScenarioFile } from '../services/file-open';
import type { AppLog } from '../services/log';
import type { PrintEngine } from '../services/pdf/engine';
import { SettingsService, type StoredSettings } from '../services/settings';
import { defaultWorkspaceDir, WorkspaceContext } from '../services/workspace/context';
import { createHandlerTable, type HandlerDeps } from './handlers';
import { createInvoker, type Invoker } from './ipc/invoker';
import { isTrustedAppUrl } from './security-policy';

export interface AppCoreDeps {
  appVersion: string;
  platform: string;
  userDataDir: string;
  documentsDir: string;
  /** Opens this folder instead of the saved one (end-to-end tests); never saved. */
  workspaceOverride?: string;
  /** Only documents from this origin may call main (app://briefing, or the Chromium host's reserved origin). */
  trustedOrigin: string;
  dialogs: Dialogs;
  fileDialog?: HandlerDeps['fileDialog'];
  shell: Shell;
  window?: HandlerDeps['window'];
  printEngine?: PrintEngine;
  /** Sends a contract event to the app window. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  log: AppLog;
  /** Watch the workspace for changes made elsewhere (off only in benchmarks). */
  watch?: boolean;
}

export interface AppCore {
  settings: SettingsService;
  /** The settings as loaded at start (window bounds, saved workspace folder). */
  stored: StoredSettings;
  workspace: WorkspaceContext;
  defaultWorkspaceDir: string;
  invoke: Invoker;
  /** What the OS does with a scenario file (double-click, command line, second instance): import it and say so. */
  openFile(filePath: string): Promise<void>;
  close(): Promise<void>;
}

export async function startAppCore(deps: AppCoreDeps): Promise<AppCore> {
  const { log } = deps;
  const settings = new SettingsService(path.join(deps.userDataDir, 'settings.json'));
  const stored = await settings.load();
  if (settings.problem) log.warn(`settings: ${settings.problem}`);
  const defaultDir = defaultWorkspaceDir(deps.documentsDir);
  const workspace = new WorkspaceContext(documentKinds, (change) => deps.emit('workspace:changed', change), {
    watch: deps.watch ?? true,
  });
  const target = deps.workspaceOverride ?? stored.workspaceDir ?? defaultDir;
  try {
    // A folder saved (or handed to us) earlier must not be silently re-created; the default one may be.
    await workspace.open(target, { mustExist: path.resolve(target) !== path.resolve(defaultDir) });
  } catch (err) {
    // The app still opens: the banner names the folder and the problem and offers another or the default.
    const reason = (err as { details?: { reason?: unknown } }).details?.reason;
    workspace.problem = {
      dir: path.resolve(target),
      message: typeof reason === 'string' ? reason : (err as Error).message,
    };
    log.warn(`workspace: ${workspace.problem.message}`);
  }

  const table = createHandlerTable({
    appVersion: deps.appVersion,
    platform: deps.platform,
    workspace,
    settings,
    defaultWorkspaceDir: defaultDir,
    dialogs: deps.dialogs,
    fileDialog: deps.fileDialog,
    shell: deps.shell,
    window: deps.window,
    printEngine: deps.printEngine,
    emit: deps.emit,
  });
  const invoke = createInvoker(table, {
    isTrustedSender: (url) => isTrustedAppUrl(url, deps.trustedOrigin),
    onError: (channel, err) => log.requestFailed(channel, err),
  });

  return {
    settings,
    stored,
    workspace,
    defaultWorkspaceDir: defaultDir,
    invoke,
    async openFile(filePath) {
      try {
        const { name } = await importScenarioFile(filePath, workspace.store);
        deps.emit('app:file-opened', { ok: true, kind: 'scenario', name });
      } catch (err) {
        log.warn(`open-file ${filePath}: ${(err as Error).message}`);
        deps.emit('app:file-opened', { ok: false, file: path.basename(filePath), message: (err as Error).message });
      }
    },
    close: () => workspace.close(),
  };
}
