// Why: the editor's commands in one keyboard-operable bar: save (conflict-checked), save as, undo/redo
// (also Ctrl/Cmd+Z, Ctrl+Shift+Z, Ctrl+Y), reset to the source case and the XLSX/CSV exports through main.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { ScenarioResult } from '../../../../shared/scenario';
import { api } from '../../api/client';
import { useRouter } from '../../app/router';
import { isDirty, useScenarioStore } from '../../stores/scenario';
import { saveAs, saveCurrent, scenarioSession } from '../../stores/scenarioFiles';
import { buildExport } from './exportScenario';
import { useT } from './useT';

export function EditorToolbar({ result }: { result: ScenarioResult }) {
  const t = useT();
  const id = useId();
  const navigate = useRouter((s) => s.navigate);
  const dirty = useScenarioStore(isDirty);
  const fileName = scenarioSession.use((s) => s.file?.name ?? null);
  const saving = scenarioSession.use((s) => s.saving);
  const saveError = scenarioSession.use((s) => s.error);
  const canUndo = useStore(useScenarioStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useScenarioStore.temporal, (s) => s.futureStates.length > 0);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);

  async function doSave() {
    const r = await saveCurrent();
    if (r === 'needs-name') {
      setName(useScenarioStore.getState().scenario?.meta.name ?? '');
      setNaming(true);
    }
  }
  async function submitName(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    const r = await saveAs(name);
    if (r.ok) {
      setNaming(false);
      navigate('scenarios', [r.name]);
    }
  }
  async function doExport(format: 'xlsx' | 'csv') {
    const st = useScenarioStore.getState();
    if (!st.scenario) return;
    setExported(null);
    try {
      const saved = await api('export:save-table', buildExport(format, t, st.scenario, st.source, result));
      if (saved) setExported({ ok: true, text: t('export.saved', { path: saved.path }) });
    } catch (err) {
      setExported({ ok: false, text: t('export.failed', { message: (err as Error).message }) });
    }
  }

  async function doShare() {
    const st = useScenarioStore.getState();
    if (!st.scenario) return;
    setExported(null);
    try {
      const saved = await api('scenario:share-file', {
        content: { schemaVersion: 1, kind: 'scenario', scenario: st.scenario },
        suggestedName: st.scenario.meta.name,
      });
      if (saved) setExported({ ok: true, text: t('export.saved', { path: saved.path }) });
    } catch (err) {
      setExported({ ok: false, text: t('export.failed', { message: (err as Error).message }) });
    }
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const st = useScenarioStore.getState();
      if (k === 'z' && !e.shiftKey) st.undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') st.redo();
      else if (k === 's') void doSave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The bar wraps (Urdu labels, narrow windows, the save-as form): its real height is published as
  // --scn-toolbar-h so the sticky inputs panel and scroll targets sit below it instead of under it.
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--scn-toolbar-h', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--scn-toolbar-h');
    };
  }, []);

  return (
    <div className="scn-toolbar" role="toolbar" aria-label={t('toolbar.label')} ref={bar}>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => void doSave()}
        data-testid="save"
        disabled={saving}
      >
        {t('toolbar.save')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setName(useScenarioStore.getState().scenario?.meta.name ?? '');
          setNaming(true);
        }}
        data-testid="save-as"
      >
        {t('toolbar.saveAs')}
      </button>
      <span className="scn-toolbar-sep" aria-hidden="true" />
      <button
        type="button"
        className="btn"
        onClick={() => useScenarioStore.getState().undo()}
        disabled={!canUndo}
        data-testid="undo"
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => useScenarioStore.getState().redo()}
        disabled={!canRedo}
        data-testid="redo"
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
      >
        {t('toolbar.redo')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => useScenarioStore.getState().resetToSource()}
        data-testid="reset"
      >
        {t('toolbar.reset')}
      </button>
      <span className="scn-toolbar-sep" aria-hidden="true" />
      <button type="button" className="btn" onClick={() => void doExport('xlsx')} data-testid="export-xlsx">
        {t('toolbar.exportXlsx')}
      </button>
      <button type="button" className="btn" onClick={() => void doExport('csv')} data-testid="export-csv">
        {t('toolbar.exportCsv')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void doShare()}
        data-testid="share-scenario"
        title={t('toolbar.shareHint')}
      >
        {t('toolbar.share')}
      </button>
      <span className="scn-save-status" role="status" data-testid="save-status">
        {saving
          ? t('status.saving')
          : dirty
            ? t('status.unsaved')
            : fileName
              ? t('status.saved', { file: fileName })
              : ''}
      </span>
      {naming && (
        <form className="scn-name-form" onSubmit={(e) => void submitName(e)} data-testid="save-as-form">
          <label htmlFor={`${id}-n`}>{t('toolbar.fileName')}</label>
          <input
            id={`${id}-n`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            data-testid="save-as-name"
          />
          <button type="submit" className="btn btn-primary" data-testid="save-as-confirm">
            {t('toolbar.save')}
          </button>
          <button type="button" className="btn" onClick={() => setNaming(false)}>
            {t('toolbar.cancel')}
          </button>
        </form>
      )}
      {saveError && (
        <p className="scn-field-error" role="alert" data-testid="save-error">
          {saveError}
        </p>
      )}
      {exported && (
        <p
          className={exported.ok ? 'scn-export-ok' : 'scn-field-error'}
          role={exported.ok ? 'status' : 'alert'}
          data-testid="export-result"
        >
          {exported.text}
        </p>
      )}
    </div>
  );
}
