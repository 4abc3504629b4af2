// Why: choosing another workspace folder reloads every view from it, so edits not yet on disk would be lost. Before
// that happens the app asks, in its own (translated) dialog, naming each document with unsaved edits; staying is
// the default answer, and Escape stays too.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { answerSwitchPrompt, useWorkspace } from '../stores/workspace';
import './file-dialog.css';

export function FolderSwitchPrompt() {
  const { t } = useTranslation();
  const unsaved = useWorkspace((s) => s.switchPrompt);
  const titleId = useId();
  const stay = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
  useEffect(() => {
    if (!unsaved) return;
    returnFocus.current = document.activeElement;
    stay.current?.focus();
    return () => (returnFocus.current as HTMLElement | null)?.focus?.();
  }, [unsaved]);
  if (!unsaved) return null;
  return (
    <div className="file-dialog-backdrop" data-modal-backdrop>
      <div
        className="file-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="folder-switch-prompt"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            answerSwitchPrompt(false);
          }
        }}
      >
        <h2 id={titleId}>{t('folderSwitch.title')}</h2>
        <p>{t('folderSwitch.intro')}</p>
        <ul data-testid="folder-switch-unsaved">
          {unsaved.map((d) => (
            <li key={`${d.kind}:${d.name}`}>
              {t(`folderSwitch.kind.${d.kind}`)}: <bdi>{d.name}</bdi>
            </li>
          ))}
        </ul>
        <p>{t('folderSwitch.lost')}</p>
        <div className="file-dialog-actions">
          <button
            ref={stay}
            type="button"
            className="btn"
            onClick={() => answerSwitchPrompt(false)}
            data-testid="folder-switch-keep"
          >
            {t('folderSwitch.keep')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => answerSwitchPrompt(true)}
            data-testid="folder-switch-confirm"
          >
            {t('folderSwitch.switch')}
          </button>
        </div>
      </div>
    </div>
  );
}
