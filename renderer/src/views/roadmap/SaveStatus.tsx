// Why: both state files autosave; people need to see that their edit is on disk, and when a colleague changed the
// same file, to choose between their copy and ours instead of silently losing one.
import type { DocState, SaveStatus as Status } from '../../stores/roadmap';

const LABEL: Record<Status, string> = {
  loading: 'Loading…',
  defaults: 'Article defaults (nothing saved yet)',
  loaded: 'Loaded from the workspace',
  unsaved: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'Saved',
  conflict: 'Not saved: changed on disk',
  error: 'Not saved',
};

export function SaveStatus<T>({ store, file, testId }: { store: Pick<DocState<T>, 'status' | 'message' | 'reloadTheirs' | 'overwrite'>; file: string; testId: string }) {
  const { status, message } = store;
  return (
    <div className="save-area no-print">
      <span className={`save-status status-${status}`} role="status" data-testid={testId} data-status={status}>
        {LABEL[status]}
        <span className="save-file"> · state/{file}</span>
      </span>
      {status === 'conflict' && (
        <div className="conflict-banner" role="alert" data-testid={`${testId}-conflict`}>
          <strong>state/{file} was changed on disk since you opened it</strong> (perhaps by a colleague or a sync client). {message}
          <div className="conflict-actions">
            <button type="button" onClick={() => void store.reloadTheirs()} data-testid={`${testId}-reload`}>
              Reload theirs
            </button>
            <button type="button" onClick={() => void store.overwrite()} data-testid={`${testId}-overwrite`}>
              Overwrite with mine
            </button>
          </div>
        </div>
      )}
      {status === 'error' && message && (
        <div className="conflict-banner" role="alert">
          {message}
        </div>
      )}
    </div>
  );
}
