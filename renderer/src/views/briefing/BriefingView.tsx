// Why: the Briefing view (#/briefing): build a briefing (sections, order, branding, paper), preview it as it
// will print, save it as a workspace spec, and export it to PDF through main, with progress and Cancel.
// Saved specs are listed for one-click re-export.
import './briefing.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedSpecName } from '../../../../shared/briefing/naming';
import type { BriefingSpec } from '../../../../shared/briefing/spec';
import { copyName } from '../../../../shared/workspace/names';
import type { FileEntry } from '../../../../shared/workspace/files';
import { presets } from '../../../../shared/scenario';
import { api, onEvent, type ApiError } from '../../api/client';
import { readDocument, writeDocument } from '../../api/documents';
import { useSettings } from '../../stores/settings';
import { onWorkspaceSwitched } from '../../stores/workspace';
import { editedFromSpec, newBriefing, useBriefingBuilder, validateEdited } from './builderStore';
import { ExportPanel } from './ExportPanel';
import { LivePreview } from './LivePreview';
import { SavedBriefings } from './SavedBriefings';
import type { ScenarioChoice } from './SectionOptions';
import { SectionList } from './SectionList';
import { SettingsForm } from './SettingsForm';
import { useExport } from './useExport';

function useWorkspaceList(kind: 'briefing' | 'scenario'): [FileEntry[], () => Promise<void>] {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const refresh = useCallback(async () => {
    try {
      setFiles(await api('workspace:list-files', { kind }));
    } catch {
      setFiles([]);
    }
  }, [kind]);
  useEffect(() => {
    void refresh();
    const offSwitch = onWorkspaceSwitched(() => void refresh());
    const offChange = onEvent('workspace:changed', (e) => {
      if (e.kind === kind) void refresh();
    });
    return () => {
      offSwitch();
      offChange();
    };
  }, [kind, refresh]);
  return [files, refresh];
}

export default function BriefingView() {
  const { t } = useTranslation('briefing');
  const uiLanguage = useSettings((s) => s.settings.language);
  const { briefing, file, dirty, setSettings, setSections, updateSection, load, markSaved } = useBriefingBuilder();
  const [briefings, refreshBriefings] = useWorkspaceList('briefing');
  const [scenarioFiles] = useWorkspaceList('scenario');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const exporter = useExport();
  const { spec, errors } = useMemo(() => validateEdited(briefing), [briefing]);
  const lastValid = useRef<BriefingSpec | null>(spec);
  if (spec) lastValid.current = spec;

  // Boot the hidden print surface while the user composes, so pressing Export only prints.
  useEffect(() => {
    void api('briefing:prewarm').catch(() => undefined);
  }, []);

  // A new briefing follows the UI language until the user picks one.
  useEffect(() => {
    const s = useBriefingBuilder.getState();
    if (!s.file && !s.dirty) s.load(newBriefing(uiLanguage), null);
  }, [uiLanguage]);

  const scenarioChoices: ScenarioChoice[] = useMemo(
    () => [
      ...presets.map((p) => ({ ref: `preset:${p.id}`, label: t('options.preset', { name: p.name }) })),
      ...scenarioFiles.map((f) => ({
        ref: f.name,
        label: t('options.file', { name: f.title ?? f.name, file: f.name }),
        ...(f.status === 'ok' ? {} : { problem: f.problem ?? f.status }),
      })),
    ],
    [scenarioFiles, t],
  );

  const taken = useMemo(() => new Set(briefings.map((b) => b.name)), [briefings]);
  const run = async (what: () => Promise<string>) => {
    try {
      setMessage({ tone: 'ok', text: await what() });
    } catch (err) {
      setMessage({ tone: 'error', text: (err as Error).message });
    }
  };

  // A save that meets a file changed on disk (a colleague, a sync client) asks which version wins.
  const [conflict, setConflict] = useState<string | null>(null);
  const save = (overwrite = false) =>
    run(async () => {
      if (!spec) throw new Error(t('builder.fixFirst'));
      const name =
        file?.name ??
        (taken.has(suggestedSpecName(spec)) ? copyName(suggestedSpecName(spec), taken) : suggestedSpecName(spec));
      const expected = overwrite ? undefined : file ? file.revision : null;
      try {
        const res = await writeDocument('briefing', name, spec, expected);
        setConflict(null);
        markSaved({ name, revision: res.revision });
      } catch (err) {
        if ((err as ApiError).code === 'CONFLICT' && file) setConflict(file.name);
        throw err;
      }
      await refreshBriefings();
      return t('builder.saved', { name });
    });
  const reloadTheirs = (name: string) => {
    setConflict(null);
    void open(name, true);
  };

  // Opening another briefing or starting a new one replaces the briefing: never drop unsaved edits silently.
  const mayDiscard = () => !dirty || window.confirm(t('builder.discardConfirm'));

  const open = (name: string, discard = false) =>
    (discard || mayDiscard()) &&
    run(async () => {
      const res = await readDocument('briefing', name);
      load(editedFromSpec(res.content), { name, revision: res.revision });
      return t('builder.opened', { name });
    });

  const duplicate = (name: string) =>
    run(async () => {
      const res = await readDocument('briefing', name);
      const copy = copyName(name, taken);
      await writeDocument('briefing', copy, res.content, null);
      await refreshBriefings();
      return t('builder.duplicated', { name: copy });
    });

  const remove = (name: string) =>
    run(async () => {
      await api('workspace:delete-file', { kind: 'briefing', name });
      if (file?.name === name) useBriefingBuilder.setState({ file: null, dirty: true });
      await refreshBriefings();
      return t('builder.deleted', { name });
    });

  const reExport = (name: string) =>
    run(async () => {
      void exporter.start((await readDocument('briefing', name)).content);
      return t('builder.reExporting', { name });
    });

  const busy = exporter.state.status === 'running';
  return (
    <section className="view briefing-view" aria-labelledby="briefing-title" data-view-ready="briefing">
      <div className="view-header view-header-row">
        <div>
          <h1 id="briefing-title">{t('builder.title')}</h1>
          <p className="asof-note">{t('builder.intro')}</p>
        </div>
        <div className="briefing-actions">
          <span className="muted" data-testid="builder-file">
            {file ? `${file.name}${dirty ? ` · ${t('builder.unsaved')}` : ''}` : t('builder.newUnsaved')}
          </span>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => mayDiscard() && load(newBriefing(uiLanguage), null)}
            data-testid="new-briefing"
          >
            {t('builder.new')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void save()}
            disabled={!spec}
            data-testid="save-briefing"
          >
            {t('builder.save')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => spec && void exporter.start(spec)}
            disabled={!spec || busy}
            data-testid="export-pdf"
          >
            {t('builder.export')}
          </button>
        </div>
      </div>
      {message && (
        <p
          className={message.tone === 'error' ? 'field-error' : 'muted'}
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="briefing-message"
        >
          {message.text}
        </p>
      )}
      {conflict && (
        <div className="banner banner-warn briefing-conflict" role="alert" data-testid="briefing-conflict">
          <span>{t('builder.conflict', { name: conflict })}</span>{' '}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => reloadTheirs(conflict)}
            data-testid="conflict-reload"
          >
            {t('builder.reloadTheirs')}
          </button>{' '}
          <button type="button" className="btn" onClick={() => void save(true)} data-testid="conflict-overwrite">
            {t('builder.keepMine')}
          </button>
        </div>
      )}
      <ExportPanel state={exporter.state} onCancel={() => void exporter.cancel()} />
      <div className="briefing-layout">
        <div className="briefing-builder">
          <SettingsForm settings={briefing.settings} errors={errors} onChange={setSettings} />
          <section className="panel" aria-labelledby="sections-title">
            <h2 id="sections-title">{t('builder.sections')}</h2>
            <SectionList
              sections={briefing.sections}
              errors={errors}
              scenarioChoices={scenarioChoices}
              onChange={setSections}
              onUpdate={updateSection}
            />
          </section>
          <SavedBriefings
            files={briefings}
            current={file?.name ?? null}
            busy={busy}
            onOpen={open}
            onDuplicate={duplicate}
            onDelete={remove}
            onReExport={reExport}
          />
        </div>
        {lastValid.current && <LivePreview spec={lastValid.current} valid={Boolean(spec)} />}
      </div>
    </section>
  );
}
