// Why: the table of what main does for each contract channel. Every dependency on Electron arrives
// through `deps`, so the same table runs inside Electron and inside the end-to-end harness.
import path from 'node:path';
import { bundledEdition } from '../../shared/data';
import { editionKey, type ActiveEditionInfo } from '../../shared/edition/active';
import { editionLabel } from '../../shared/edition/label';
import type { TrustedPublisher } from '../../shared/edition/schemas';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors';
import { loadDataPacks } from '../services/data-packs';
import type { Dialogs, Shell } from '../services/dialogs';
import { EditionService } from '../services/edition';
import { keyFingerprint } from '../services/edition-signature';
import type { InAppDialogs } from '../services/in-app-dialogs';
import { exportTable } from '../services/export-table';
import { shareScenarioFile } from '../services/scenario-share';
import type { SettingsService } from '../services/settings';
import type { WorkspaceContext } from '../services/workspace/context';
import type { PrintEngine } from '../services/pdf/engine';
import { BriefingExporter } from '../services/pdf/export-briefing';
import type { HandlerTable } from './ipc/invoker';
import { externalUrl } from './security-policy';

export interface HandlerDeps {
  appVersion: string;
  platform: string;
  workspace: WorkspaceContext;
  settings: SettingsService;
  dialogs: Dialogs;
  shell: Shell;
  defaultWorkspaceDir: string;
  /** The app window, for presentation mode's full screen. */
  window?: { setFullScreen(on: boolean): boolean; openPresenter?(hash: string): Promise<void> };
  /**
   * Renders the print route to PDF (Electron's hidden window; the harness's second page). Without it, PDF export
   * reports it is unavailable.
   */
  printEngine?: PrintEngine;
  /** The in-app file dialog, where the host has no system dialogs (the Chromium host); it is also `dialogs`. */
  fileDialog?: Pick<InAppDialogs, 'list' | 'answer'>;
  /** Sends a contract event to the app window (export progress). */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  const { workspace, settings } = deps;

  const info = async () => {
    // A damaged or unreadable settings file is reported with the workspace's own problems.
    const settingsProblem = settings.problem ? [{ file: 'settings.json (app data)', message: settings.problem }] : [];
    if (workspace.problem) {
      const { dir } = workspace.problem;
      const isDefault = path.resolve(dir) === path.resolve(deps.defaultWorkspaceDir);
      return {
        dir,
        isDefault,
        folders: [],
        damaged: settingsProblem,
        sweptTempFiles: 0,
        unopenable: workspace.problem,
      };
    }
    return {
      dir: workspace.store.root,
      isDefault: path.resolve(workspace.store.root) === path.resolve(deps.defaultWorkspaceDir),
      folders: workspace.store.folders(),
      damaged: [...settingsProblem, ...(await workspace.store.damaged())],
      sweptTempFiles: workspace.lastSwept,
    };
  };
  const switchTo = async (dir: string) => {
    await workspace.open(dir, { mustExist: path.resolve(dir) !== path.resolve(deps.defaultWorkspaceDir) });
    await settings.update({ workspaceDir: dir });
    return info();
  };
  const noFileDialog = () =>
    new AppError('BAD_INPUT', 'This window uses the system dialogs; there is no in-app dialog open.');

  // The active data edition lives in the workspace; the publishers this machine trusts live in its settings.
  const editions = new EditionService({
    workspaceRoot: () => workspace.store.root,
    trustedPublishers: async () => (await settings.load()).trustedPublishers,
  });
  const trustedView = (list: TrustedPublisher[]) =>
    list.map((p) => ({ ...p, fingerprint: keyFingerprint(p.publicKey) }));
  const setTrusted = async (list: TrustedPublisher[]) =>
    trustedView((await settings.update({ trustedPublishers: list })).trustedPublishers);

  const metaOf = (info: ActiveEditionInfo) => info.edition?.meta ?? bundledEdition.meta;
  const exportEdition = async () => {
    const info = await editions.active();
    const meta = metaOf(info);
    const language = (await settings.public()).language;
    const origin =
      info.origin.kind === 'bundled'
        ? 'Built into this release of the app'
        : `Imported from ${info.origin.importedFrom} on ${info.origin.importedAt}`;
    return {
      label: editionLabel(meta, language),
      details: [`Published ${meta.publishedAt} by ${meta.publisher}`, origin],
    };
  };

  const exporter = new BriefingExporter({
    engine: deps.printEngine ?? {
      print: async () => {
        throw new AppError('INTERNAL', 'PDF export is not available in this build (no print engine).');
      },
    },
    dialogs: deps.dialogs,
    briefingsDir: () => path.join(workspace.store.root, 'briefings'),
    emit: (p) => deps.emit?.('briefing:export-progress', p),
    appVersion: deps.appVersion,
    edition: async () => {
      const info = await editions.active();
      return { key: editionKey(info), meta: metaOf(info) };
    },
  });
  const exportedOnly = (p: string) => {
    if (!exporter.isExported(p))
      throw new AppError('BAD_INPUT', 'Only PDF files exported in this session can be opened from the app.');
  };

  return {
    'app:get-info': async () => ({ version: deps.appVersion, platform: deps.platform, offline: true as const }),
    'settings:get': () => settings.public(),
    'settings:update': async (patch) => {
      await settings.update(patch);
      return settings.public();
    },
    'workspace:get-info': info,
    'workspace:choose-folder': async () => {
      const dir = await deps.dialogs.chooseFolder({
        title: 'Choose workspace folder',
        defaultPath: workspace.dir ?? deps.defaultWorkspaceDir,
      });
      if (!dir) return null;
      return switchTo(dir);
    },
    'workspace:use-default-folder': () => switchTo(deps.defaultWorkspaceDir),
    'workspace:list-files': ({ kind }) => workspace.store.list(kind),
    'workspace:read-file': ({ kind, name }) => workspace.store.read(kind, name),
    'workspace:write-file': ({ kind, name, content, expectedRevision }) =>
      workspace.store.write(kind, name, content, expectedRevision),
    'workspace:delete-file': ({ kind, name }) => workspace.store.delete(kind, name),
    'workspace:restore-file': ({ kind, trashedAs }) => workspace.store.restore(kind, trashedAs),
    'workspace:rename-file': ({ kind, name, newName }) => workspace.store.rename(kind, name, newName),
    'data:load-packs': () => loadDataPacks(workspace.store),
    'export:save-table': async (spec) =>
      exportTable(spec, {
        dialogs: deps.dialogs,
        defaultDir: path.join(workspace.store.root, 'exports'),
        edition: await exportEdition(),
      }),
    'scenario:share-file': ({ content, suggestedName }) =>
      shareScenarioFile(content, suggestedName, {
        dialogs: deps.dialogs,
        defaultDir: path.join(workspace.store.root, 'exports'),
      }),
    'window:set-fullscreen': async ({ on }) => ({ fullscreen: deps.window ? deps.window.setFullScreen(on) : false }),
    'window:open-presenter': async ({ hash }) => {
      if (!deps.window?.openPresenter) return { opened: false };
      await deps.window.openPresenter(hash);
      return { opened: true };
    },
    'shell:open-external': async ({ url }) => {
      const allowed = externalUrl(url);
      if (!allowed)
        throw new AppError(
          'BAD_INPUT',
          `Refused to open "${url.slice(0, 100)}": only http(s) web pages can be opened.`,
        );
      await deps.shell.openExternal(allowed);
      return { opened: true };
    },
    'briefing:export-pdf': (job) => exporter.export(job),
    'briefing:prewarm': async () => {
      if (!deps.printEngine?.prewarm) return { warmed: false };
      await deps.printEngine.prewarm();
      return { warmed: true };
    },
    'briefing:cancel-export': async ({ jobId }) => ({ cancelled: exporter.cancel(jobId) }),
    'print:get-job': async ({ jobId }) => exporter.getJob(jobId),
    'print:report': async (report) => ({ awaited: deps.printEngine?.report?.(report) ?? false }),
    'edition:get-active': () => editions.active(),
    'edition:import-file': async () => {
      const file = await deps.dialogs.chooseFile({
        title: 'Import a data edition',
        defaultPath: workspace.store.root,
        filters: [{ name: 'Data edition', extensions: ['json'] }],
      });
      return file ? editions.import(file) : null;
    },
    'edition:use-bundled': () => editions.useBundled(),
    'edition:list-trusted': async () => trustedView((await settings.load()).trustedPublishers),
    'edition:trust-publisher': async (p) => {
      const others = (await settings.load()).trustedPublishers.filter((t) => t.publicKey !== p.publicKey);
      return setTrusted([...others, p]);
    },
    'edition:untrust-publisher': async ({ publicKey }) =>
      setTrusted((await settings.load()).trustedPublishers.filter((t) => t.publicKey !== publicKey)),
    'shell:open-path': async ({ path: p }) => {
      exportedOnly(p);
      await deps.shell.openPath(p);
      return { opened: true };
    },
    'shell:show-in-folder': async ({ path: p }) => {
      exportedOnly(p);
      deps.shell.showItemInFolder(p);
      return { shown: true };
    },
    'dialog:list-folder': async ({ id, path: dir }) => {
      if (!deps.fileDialog) throw noFileDialog();
      return deps.fileDialog.list(id, dir, workspace.dir);
    },
    'dialog:answer': async ({ id, choice }) => {
      if (!deps.fileDialog) throw noFileDialog();
      return { accepted: await deps.fileDialog.answer(id, choice) };
    },
  };
}
