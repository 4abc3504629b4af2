// Why: the Briefing view (#/briefing): build a briefing (sections, order, branding, paper), preview it as it
// will print, save it as a workspace spec, and export it to PDF through main, with progress and Cancel.
// Saved specs are listed for one-click re-export.
import './briefing.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedSpecName } from '../../../../shared/briefing/naming';
import type { BriefingSpec } from '../../../../shared/briefing/spec';
import { presets } from '../../../../shared/scenario';
import { api } from '../../api/client';
import { useFileList } from '../../stores/fileLists';
import { useSettings } from '../../stores/settings';
import {
  briefingSession,
  deleteBriefing,
  duplicateBriefing,
  openBriefing,
  readBriefing,
  saveBriefing,
  startNewBriefing,
} from './briefingFiles';
import { newBriefing, useBriefingBuilder, validateEdited } from './builderStore';
import { ExportPanel } from './ExportPanel';
import { LivePreview } from './LivePreview';
import { SavedBriefings } from './SavedBriefings';
import type { ScenarioChoice } from './SectionOptions';
import { SectionList } from './SectionList';
import { SettingsForm } from './SettingsForm';
import { useExport } from './useExport';

export default function BriefingView() {
  const { t } = useTranslation('briefing');
  const uiLanguage = useSettings((s) => s.settings.language);
  const { briefing, dirty, setSettings, setSections, updateSection } = useBriefingBuilder();
  const file = briefingSession.use((s) => s.file);
  const disk = briefingSession.use((s) => s.disk);
  const briefings = useFileList('briefing').files;
  const scenarioFiles = useFileList('scenario').files;
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
    if (!briefingSession.store.getState().file && !useBriefingBuilder.getState().dirty) {
      startNewBriefing(newBriefing(uiLanguage));
    }
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

  const run = async (what: () => Promise<string>) => {
    try {
      setMessage({ tone: 'ok', text: await what() });
    } catch (err) {
      setMessage({ tone: 'error', text: (err as Error).message });
    }
  };

  // A save that meets a file changed on disk (a colleague, a sync client) asks which version wins; so does a change
  // on disk while the briefing has unsaved edits (the session noticed it).
  const conflict = disk?.kind === 'changed' && file ? file.name : null;
  const save = (overwrite = false) =>
    run(async () => {
      if (!spec) throw new Error(t('builder.fixFirst'));
      return t('builder.saved', { name: await saveBriefing(spec, suggestedSpecName(spec), overwrite) });
    });
  const reloadTheirs = (name: string) => void open(name, true);

  // Opening another briefing or starting a new one replaces the briefing: never drop unsaved edits silently.
  const mayDiscard = () => !dirty || window.confirm(t('builder.discardConfirm'));

  const open = (name: string, discard = false) =>
    (discard || mayDiscard()) &&
    run(async () => {
      await openBriefing(name);
      return t('builder.opened', { name });
    });

  const duplicate = (name: string) => run(async () => t('builder.duplicated', { name: await duplicateBriefing(name) }));

  const remove = (name: string) =>
    run(async () => {
      await deleteBriefing(name);
      return t('builder.deleted', { name });
    });

  const reExport = (name: string) =>
    run(async () => {
      void exporter.start(await readBriefing(name));
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
            onClick={() => mayDiscard() && startNewBriefing(newBriefing(uiLanguage))}
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
      {disk?.kind === 'deleted' && file && (
        <p className="banner banner-warn" role="status" data-testid="briefing-deleted">
          {t('builder.deletedOnDisk', { name: file.name })}
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
