// Why: the editor never decides for the user when their edits and the disk disagree: a change by someone else,
// a save that hit a conflict, a file deleted while open, or unsaved edits kept from an earlier session are each
// shown with an explicit choice, and no choice loses edits.
import { useState } from 'react';
import {
  discardDraft,
  overwriteTheirs,
  reloadTheirs,
  restoreDraft,
  scenarioSession,
  useScenarioLibrary,
} from '../../stores/scenarioFiles';
import { useT } from './useT';
import { fmtDateTime } from '../../i18n/format';

export function DiskBanner() {
  const t = useT();
  const disk = scenarioSession.use((s) => s.disk);
  const fileName = scenarioSession.use((s) => s.file?.name ?? null);
  const [error, setError] = useState<string | null>(null);
  if (!disk) return null;
  if (disk.kind === 'deleted') {
    return (
      <div className="banner banner-warn scn-banner" role="alert" data-testid="deleted-banner">
        {t('disk.deleted', { file: fileName ?? '' })}
      </div>
    );
  }
  return (
    <div className="banner banner-warn scn-banner" role="alert" data-testid="conflict-banner">
      <strong>{t('disk.changed', { file: fileName ?? '' })}</strong>
      {disk.message && <span className="muted"> {disk.message}</span>}
      <div className="scn-banner-actions">
        <button
          type="button"
          className="btn"
          data-testid="reload-theirs"
          onClick={() => void reloadTheirs().then(setError)}
        >
          {t('disk.reloadTheirs')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="keep-mine"
          onClick={() => void overwriteTheirs()}
        >
          {t('disk.keepMine')}
        </button>
      </div>
      <p className="scn-small">{t('disk.explain')}</p>
      {error && <p className="scn-field-error">{error}</p>}
    </div>
  );
}

export function DraftBanner() {
  const t = useT();
  const draft = useScenarioLibrary((s) => s.draftOffer);
  if (!draft) return null;
  return (
    <div className="banner banner-warn scn-banner" role="status" data-testid="draft-banner">
      {t('draft.found', { time: fmtDateTime(draft.savedAt) })}
      <div className="scn-banner-actions">
        <button type="button" className="btn btn-primary" onClick={restoreDraft} data-testid="draft-restore">
          {t('draft.restore')}
        </button>
        <button type="button" className="btn" onClick={discardDraft}>
          {t('draft.discard')}
        </button>
      </div>
    </div>
  );
}
