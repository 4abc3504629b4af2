// Why: where an analyst starts: the bundled presets and their own scenario files (damaged or newer files listed,
// disabled, with the problem), with open, duplicate, rename, recoverable delete and "compare selected".
import { useEffect, useState, type FormEvent } from 'react';
import { presets } from '../../../../shared/scenario';
import { formatAsOf } from '../../../../shared/format/figures';
import { currentLocale } from '../../i18n';
import { stalePrices } from './catalogue/stalePrices';
import { useRouter } from '../../app/router';
import { refreshFileList, useFileList } from '../../stores/fileLists';
import { deleteFile, duplicateFile, renameFile, undoDelete, useScenarioLibrary } from '../../stores/scenarioFiles';
import { useT } from './useT';
import { fmtDateTime } from '../../i18n/format';

export function Library() {
  const t = useT();
  const navigate = useRouter((s) => s.navigate);
  const { files, error, loading } = useFileList('scenario');
  const lastDeleted = useScenarioLibrary((s) => s.lastDeleted);
  const [selected, setSelected] = useState<string[]>([]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => void refreshFileList('scenario'), []);

  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : s.length >= 4 ? s : [...s, id]));
  const act = async (p: Promise<string | null>) => setMessage(await p);
  async function submitRename(e: FormEvent, name: string) {
    e.preventDefault();
    const err = await renameFile(name, newName);
    setMessage(err);
    if (!err) setRenaming(null);
  }

  return (
    <div className="scn-library" data-testid="scenario-library">
      <div className="view-header">
        <h1 id="scenarios-title">{t('library.title')}</h1>
        <p className="asof-note">{t('library.intro')}</p>
      </div>
      {lastDeleted && (
        <div className="banner banner-warn scn-banner" role="status" data-testid="deleted-undo">
          {t('library.deleted', { file: lastDeleted.name })}{' '}
          <button type="button" className="btn" onClick={() => void act(undoDelete())} data-testid="undo-delete">
            {t('library.undo')}
          </button>
        </div>
      )}
      {(message || error) && (
        <p className="scn-field-error" role="alert">
          {message ?? error}
        </p>
      )}
      <div className="scn-compare-bar">
        <span>{t('library.compareHint', { count: selected.length })}</span>
        <button
          type="button"
          className="btn btn-primary"
          disabled={selected.length < 2}
          data-testid="compare-selected"
          onClick={() => navigate('scenarios', ['compare'], { ids: selected.join(',') })}
        >
          {t('library.compare')}
        </button>
      </div>
      <section className="panel" aria-labelledby="scn-presets-h">
        <h2 id="scn-presets-h">{t('library.presets')}</h2>
        <ul className="scn-list">
          {presets.map((p) => (
            <li key={p.id} className="scn-list-item" data-testid={`preset-${p.id}`}>
              <input
                type="checkbox"
                aria-label={t('library.selectFor', { name: p.name })}
                checked={selected.includes(p.id)}
                onChange={() => toggle(p.id)}
              />
              <div className="scn-list-main">
                <a
                  href={`#/scenarios/${p.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate('scenarios', [p.id]);
                  }}
                  data-testid={`open-preset-${p.id}`}
                >
                  {p.name}
                </a>
                <div className="muted scn-small">{p.description}</div>
                <PresetStalePrices build={p.build} />
              </div>
              <button type="button" className="btn" onClick={() => navigate('scenarios', [p.id])}>
                {t('library.newFromPreset')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="scn-files-h">
        <h2 id="scn-files-h">{t('library.files')}</h2>
        {files.length === 0 && <p className="muted">{loading ? t('library.loading') : t('library.noFiles')}</p>}
        <ul className="scn-list" data-testid="scenario-files">
          {files.map((f) => {
            const ok = f.status === 'ok';
            return (
              <li key={f.name} className={`scn-list-item${ok ? '' : ' is-disabled'}`} data-testid={`file-${f.name}`}>
                <input
                  type="checkbox"
                  aria-label={t('library.selectFor', { name: f.title ?? f.name })}
                  disabled={!ok}
                  checked={selected.includes(f.name)}
                  onChange={() => toggle(f.name)}
                />
                <div className="scn-list-main">
                  {ok ? (
                    <a
                      href={`#/scenarios/${encodeURIComponent(f.name)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate('scenarios', [f.name]);
                      }}
                    >
                      {f.title ?? f.name}
                    </a>
                  ) : (
                    <span aria-disabled="true">{f.name}</span>
                  )}
                  <div className="muted scn-small">
                    <code>{f.name}</code> · {t('library.modified', { date: fmtDateTime(f.modifiedAt) })}
                  </div>
                  {!ok && (
                    <div className="scn-field-error">
                      {f.status === 'newer-version' ? t('library.newer') : t('library.damaged')}: {f.problem}
                    </div>
                  )}
                  {renaming === f.name && (
                    <form className="scn-name-form" onSubmit={(e) => void submitRename(e, f.name)}>
                      <label htmlFor={`rn-${f.name}`}>{t('library.newName')}</label>
                      <input
                        id={`rn-${f.name}`}
                        value={newName}
                        onChange={(e) => setNewName(e.target.value)}
                        autoFocus
                      />
                      <button type="submit" className="btn btn-primary">
                        {t('library.rename')}
                      </button>
                      <button type="button" className="btn" onClick={() => setRenaming(null)}>
                        {t('toolbar.cancel')}
                      </button>
                    </form>
                  )}
                </div>
                {ok && (
                  <div className="scn-list-actions">
                    <button type="button" className="btn" onClick={() => navigate('scenarios', [f.name])}>
                      {t('library.open')}
                    </button>
                    <button type="button" className="btn" onClick={() => void act(duplicateFile(f.name))}>
                      {t('library.duplicate')}
                    </button>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => {
                        setRenaming(f.name);
                        setNewName(f.name.replace(/\.json$/, ''));
                      }}
                    >
                      {t('library.rename')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-danger"
                      onClick={() => void act(deleteFile(f.name))}
                      data-testid={`delete-${f.name}`}
                    >
                      {t('library.delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** Under a preset: its default prices that are older than 90 days today, with their as-of dates. */
function PresetStalePrices({ build }: { build: (typeof presets)[number]['build'] }) {
  const t = useT();
  const [stale] = useState(() => stalePrices(build(), new Date()));
  if (stale.length === 0) return null;
  const list = stale.map((s) => `${s.productName} (${formatAsOf(s.asOf, currentLocale())})`).join(', ');
  return (
    <div className="scn-small" data-testid="preset-stale-prices">
      <span className="tag tag-stale">{t('library.stalePricesTag')}</span> {t('library.stalePrices', { list })}
    </div>
  );
}
