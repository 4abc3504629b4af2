// Why: export feedback in one place: a progress bar while main renders and prints, a Cancel button, then the
// saved file with "Open" and "Show in folder", or a failure stated plainly (which file, and why).
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ExportState } from './useExport';

export function ExportPanel({ state, onCancel }: { state: ExportState; onCancel(): void }) {
  const { t } = useTranslation('briefing');
  if (state.status === 'idle') return null;
  return (
    <div className={`export-panel export-${state.status}`} data-testid="export-panel" aria-live="polite">
      {state.status === 'running' && (
        <>
          <div className="export-stage" data-testid="export-stage">
            {t(`export.stage.${state.stage}`)}
          </div>
          <progress max={100} value={state.percent} aria-label={t('export.progress')} data-testid="export-progress" />
          <button type="button" className="btn btn-secondary" onClick={onCancel} data-testid="export-cancel">
            {t('export.cancel')}
          </button>
        </>
      )}
      {state.status === 'done' && (
        <>
          <p data-testid="export-done">
            {t('export.saved', { pages: state.pages, size: (state.bytes / 1024 / 1024).toFixed(2) })}{' '}
            <code data-testid="export-path">{state.path}</code>
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => void api('shell:open-path', { path: state.path })}
            data-testid="export-open"
          >
            {t('export.open')}
          </button>{' '}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void api('shell:show-in-folder', { path: state.path })}
            data-testid="export-show"
          >
            {t('export.showInFolder')}
          </button>
        </>
      )}
      {state.status === 'cancelled' && <p data-testid="export-cancelled">{t('export.cancelled')}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="field-error" data-testid="export-error">
          {t('export.failed', { message: state.message })}
        </p>
      )}
    </div>
  );
}
