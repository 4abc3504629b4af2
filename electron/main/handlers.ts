// Why: the table of what main does for each contract channel. Every dependency on Electron arrives
// through `deps`, so the same table runs inside Electron and inside the end-to-end harness.
import path from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import { loadDataPacks } from '../services/data-packs';
import type { Dialogs, Shell } from '../services/dialogs';
import { exportTable } from '../services/export-table';
import type { SettingsService } from '../services/settings';
import type { WorkspaceContext } from '../services/workspace/context';
import type { HandlerTable } from './ipc/invoker';
import { isAllowedExternalUrl } from './security-policy';

export interface HandlerDeps {
  appVersion: string;
  platform: string;
  workspace: WorkspaceContext;
  settings: SettingsService;
  dialogs: Dialogs;
  shell: Shell;
  defaultWorkspaceDir: string;
}

export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  const { workspace, settings } = deps;

  const info = async () => ({
    dir: workspace.store.root,
    isDefault: path.resolve(workspace.store.root) === path.resolve(deps.defaultWorkspaceDir),
    folders: workspace.store.folders(),
    damaged: await workspace.store.damaged(),
    sweptTempFiles: workspace.lastSwept,
  });

  return {
    'app:get-info': async () => ({ version: deps.appVersion, platform: deps.platform, offline: true as const }),
    'settings:get': () => settings.public(),
    'settings:update': async (patch) => {
      await settings.update(patch);
      return settings.public();
    },
    'workspace:get-info': info,
    'workspace:choose-folder': async () => {
      const dir = await deps.dialogs.chooseFolder({ title: 'Choose workspace folder', defaultPath: workspace.store.root });
      if (!dir) return null;
      await workspace.open(dir);
      await settings.update({ workspaceDir: dir });
      return info();
    },
    'workspace:list-files': ({ kind }) => workspace.store.list(kind),
    'workspace:read-file': ({ kind, name }) => workspace.store.read(kind, name),
    'workspace:write-file': ({ kind, name, content, expectedRevision }) => workspace.store.write(kind, name, content, expectedRevision),
    'workspace:delete-file': ({ kind, name }) => workspace.store.delete(kind, name),
    'workspace:restore-file': ({ kind, trashedAs }) => workspace.store.restore(kind, trashedAs),
    'workspace:rename-file': ({ kind, name, newName }) => workspace.store.rename(kind, name, newName),
    'data:load-packs': () => loadDataPacks(workspace.store),
    'export:save-table': (spec) => exportTable(spec, { dialogs: deps.dialogs, defaultDir: path.join(workspace.store.root, 'exports') }),
    'shell:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new AppError('BAD_INPUT', `Refused to open "${url.slice(0, 100)}": only http(s) web pages can be opened.`);
      await deps.shell.openExternal(url);
      return { opened: true };
    },
  };
}
