// Why: both state files autosave; people need to see that their edit is on disk, and when a colleague changed the
// same file, to choose between their copy and ours instead of silently losing one.
import { useTranslation } from 'react-i18next';
import type { DocState } from '../../stores/stateDocument';

export function SaveStatus<T>({
  store,
  file,
  testId,
}: {
  store: Pick<DocState<T>, 'status' | 'message' | 'defaultsShown' | 'reloadTheirs' | 'overwrite'>;
  file: string;
  testId: string;
}) {
  const { t } = useTranslation('roadmap');
  const { status, message, defaultsShown } = store;
  return (
    <div className="save-area no-print">
      <span className={`save-status status-${status}`} role="status" data-testid={testId} data-status={status}>
        {t(`save.${status}`)}
        <span className="save-file">
          {' · '}
          <bdi>state/{file}</bdi>
        </span>
      </span>
      {status === 'conflict' && (
        <div className="conflict-banner" role="alert" data-testid={`${testId}-conflict`}>
          <strong>{t('save.conflictTitle', { file })}</strong>
          {t('save.conflictWhy')} {t('save.conflictChoice')}
          <div className="conflict-actions">
            <button type="button" onClick={() => void store.reloadTheirs()} data-testid={`${testId}-reload`}>
              {t('save.reload')}
            </button>
            <button type="button" onClick={() => void store.overwrite()} data-testid={`${testId}-overwrite`}>
              {t('save.overwrite')}
            </button>
          </div>
        </div>
      )}
      {status === 'error' && message && (
        <div className="conflict-banner" role="alert">
          {message}
          {defaultsShown && ` ${t('save.defaultsShown')}`}
        </div>
      )}
    </div>
  );
}
