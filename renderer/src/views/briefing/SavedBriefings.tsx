// Why: briefing specs are workspace files, so a standard pack is saved once and re-exported in one click
// after the data changes. Damaged files are listed with their problem and never opened for overwrite.
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '../../../../shared/workspace/files';

interface Props {
  files: FileEntry[];
  current: string | null;
  busy: boolean;
  onOpen(name: string): void;
  onDuplicate(name: string): void;
  onDelete(name: string): void;
  onReExport(name: string): void;
}

export function SavedBriefings({ files, current, busy, onOpen, onDuplicate, onDelete, onReExport }: Props) {
  const { t } = useTranslation('briefing');
  // Re-export is the one primary action and waits while an export runs; the others act on the file at once.
  const actions = [
    { testId: 're-export', label: 'saved.reExport', run: onReExport, primary: true },
    { testId: 'open-briefing', label: 'saved.open', run: onOpen, primary: false },
    { testId: 'duplicate-briefing', label: 'saved.duplicate', run: onDuplicate, primary: false },
    { testId: 'delete-briefing', label: 'saved.delete', run: onDelete, primary: false },
  ] as const;
  return (
    <section className="panel saved-briefings" aria-labelledby="saved-title" data-testid="saved-briefings">
      <h2 id="saved-title">{t('saved.title')}</h2>
      {files.length === 0 && <p className="muted">{t('saved.none')}</p>}
      <ul className="saved-list">
        {files.map((f) => (
          <li
            key={f.name}
            className={f.name === current ? 'is-current' : undefined}
            data-testid="saved-briefing"
            data-name={f.name}
            data-status={f.status}
          >
            <div className="saved-name">
              <strong>{f.title ?? f.name}</strong> <span className="muted">{f.name}</span>
            </div>
            {f.status === 'ok' ? (
              <div className="saved-actions">
                {actions.map((a) => (
                  <button
                    key={a.testId}
                    type="button"
                    className={a.primary ? 'btn btn-small' : 'btn btn-small btn-secondary'}
                    disabled={a.primary && busy}
                    onClick={() => a.run(f.name)}
                    data-testid={a.testId}
                  >
                    {t(a.label)}
                  </button>
                ))}
              </div>
            ) : (
              <p className="field-error" data-testid="saved-problem">
                {f.status === 'newer-version' ? t('saved.newer') : t('saved.damaged')} {f.problem}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
