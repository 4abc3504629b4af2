// Why: the few per-machine preferences (theme, how rupee amounts read, which workspace folder) in one
// disclosure panel, so the header stays clean for the stage while everything is still a click away.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings/schema';
import { useSettings } from '../stores/settings';
import { useWorkspace } from '../stores/workspace';
import { EditionSettings } from '../edition/EditionSettings';
import { useDisclosure } from './useDisclosure';

export function SettingsMenu() {
  const { t } = useTranslation();
  const { open, setOpen, root, button } = useDisclosure();
  const panelId = useId();
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const workspace = useWorkspace((s) => s.info);
  const workspaceError = useWorkspace((s) => s.error);
  const chooseFolder = useWorkspace((s) => s.chooseFolder);

  return (
    <div className="settings-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="settings-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="settings-open"
      >
        {t('settings.title')}
      </button>
      {open && (
        <div
          id={panelId}
          className="settings-panel"
          role="group"
          aria-label={t('settings.title')}
          data-testid="settings-panel"
        >
          <label>
            {t('settings.theme')}
            <select
              data-testid="theme-select"
              value={settings.theme}
              onChange={(e) => void update({ theme: e.target.value as Settings['theme'] })}
            >
              <option value="system">{t('settings.themeSystem')}</option>
              <option value="light">{t('settings.themeLight')}</option>
              <option value="dark">{t('settings.themeDark')}</option>
            </select>
          </label>
          <label>
            {t('settings.pkr')}
            <select
              data-testid="pkr-select"
              value={settings.pkrGrouping}
              onChange={(e) => void update({ pkrGrouping: e.target.value as Settings['pkrGrouping'] })}
            >
              <option value="international">{t('settings.pkrInternational')}</option>
              <option value="lakh-crore">{t('settings.pkrLakhCrore')}</option>
            </select>
          </label>
          <div className="settings-workspace">
            <span>{t('settings.workspace')}</span>
            <code data-testid="workspace-path" dir="ltr">
              {workspace?.dir ?? '—'}
            </code>
            <button type="button" className="btn" onClick={() => void chooseFolder()} data-testid="workspace-choose">
              {t('settings.workspaceChoose')}
            </button>
            {workspaceError && (
              <p role="alert" className="settings-error">
                {workspaceError}
              </p>
            )}
          </div>
          <EditionSettings />
        </div>
      )}
    </div>
  );
}
