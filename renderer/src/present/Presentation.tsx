// Why: presentation mode for the stage: full-screen 16:9 slides driven from the keyboard (←/→, Page Up/Down,
// Home/End, Esc to leave; P the presenter view on this display, T the stage theme), a presenter view in a second
// window whose keyboard drives both, and a menu to choose the talk (a saved briefing), order and hide slides, and
// pick the deposit and scenario shown.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleSlides } from '../../../shared/briefing/talk';
import { presets } from '../../../shared/scenario';
import { api } from '../api/client';
import { useRouter } from '../app/router';
import { waitForLayout } from '../print/readiness';
import { useData } from '../stores/data';
import { useFileList } from '../stores/fileLists';
import { useRoadmap, useRoadmapState } from '../stores/roadmap';
import { useResolvedScenarios } from '../stores/scenarioSources';
import { PresentMenu } from './PresentMenu';
import { PresenterView } from './PresenterView';
import { SlideView, useFitZoom } from './SlideView';
import { useSlides, type ScenarioOnStage } from './slides';
import { useDeckSync } from './sync';
import { useTalk } from './useTalk';
import { useExport } from '../views/briefing/useExport';
import './present.css';
import { returnFocusTo } from '../app/focusReturn';

export type Choice = { ref: string; label: string };

function useFileChoices(kind: 'scenario' | 'briefing'): Choice[] {
  const { files } = useFileList(kind);
  return useMemo(
    () => files.filter((f) => f.status === 'ok').map((f) => ({ ref: f.name, label: f.title ?? f.name })),
    [files],
  );
}

function useScenario(ref: string, choices: Choice[]): ScenarioOnStage | null {
  const refs = useMemo(() => [ref], [ref]);
  const [resolved] = useResolvedScenarios(refs) ?? [];
  return useMemo(() => {
    if (!resolved?.ok) return null;
    const label = choices.find((c) => c.ref === ref)?.label ?? resolved.label;
    return { label, scenario: resolved.scenario, result: resolved.result };
  }, [ref, resolved, choices]);
}

export function Presentation() {
  const { t } = useTranslation('present');
  const route = useRouter((s) => s.route);
  const replaceParams = useRouter((s) => s.replaceParams);
  const deposits = useData((s) => s.deposits);
  const scenarioFiles = useFileChoices('scenario');
  const briefings = useFileChoices('briefing');
  const choices = useMemo(
    () => [
      ...presets.filter((p) => p.id !== 'blank').map((p) => ({ ref: `preset:${p.id}`, label: p.name })),
      ...scenarioFiles,
    ],
    [scenarioFiles],
  );
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => useRoadmap.getState().ensureLoaded(), []);

  const params = route.params;
  const briefing = params.get('briefing') || null;
  const role = params.get('role') === 'presenter' ? 'presenter' : 'audience';
  const theme = params.get('theme') === 'light' ? 'light' : 'dark';
  const [presenterHere, setPresenterHere] = useState(false);
  const talk = useTalk(briefing);
  // The slides as a PDF go through the briefing export (one print engine), in its deck layout.
  const deck = useExport();
  const depositId = talk.talk.deposit || params.get('deposit') || 'reko-diq';
  const scenarioRef = talk.talk.scenario || params.get('scenario') || 'preset:reko-diq';
  const deposit = deposits.find((d) => d.id === depositId) ?? deposits[0]!;
  const scenario = useScenario(scenarioRef, choices);
  const roadmapState = useRoadmapState();
  const byId = useSlides(deposit, deposits, scenario, roadmapState);
  const slides = visibleSlides(talk.talk).map((id) => byId[id]);
  const index = Math.min(slides.length - 1, Math.max(0, Number(params.get('slide') ?? 0) || 0));
  const slide = slides[index]!;
  // A note typed on one slide is written as the presenter moves on, not half a second later.
  const flushTalk = talk.flush;
  useEffect(() => flushTalk(), [index, flushTalk]);

  const setParams = (patch: Record<string, string | null>) => {
    const p = new URLSearchParams(useRouter.getState().route.params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) p.delete(k);
      else p.set(k, v);
    }
    replaceParams(p);
  };
  const send = useDeckSync((m) => {
    if (m.type === 'goto') setParams({ slide: String(m.index) });
    else if (m.type === 'talk-saved') talk.reload();
    else if (m.type === 'hello') send({ type: 'goto', index });
  });
  const goTo = (i: number) => {
    const next = Math.min(slides.length - 1, Math.max(0, i));
    setParams({ slide: String(next) });
    send({ type: 'goto', index: next });
  };
  // A window that saved the talk tells the other to read it again (order, hidden slides and notes stay in step).
  const lastStatus = useRef(talk.status);
  useEffect(() => {
    if (lastStatus.current === 'saving' && talk.status === 'saved') send({ type: 'talk-saved' });
    lastStatus.current = talk.status;
  });
  const exit = () => {
    talk.flush();
    if (role === 'presenter') return window.close();
    returnFocusTo('present-open');
    void api('window:set-fullscreen', { on: false }).catch(() => undefined);
    if (history.length > 1) history.back();
    else useRouter.getState().navigate('overview');
  };
  const openPresenter = () => {
    const p = new URLSearchParams(params);
    p.set('role', 'presenter');
    p.set('slide', String(index));
    void api('window:open-presenter', { hash: `#/present?${p.toString()}` }).catch(() => setPresenterHere(true));
  };

  useEffect(() => {
    if (role === 'audience') void api('window:set-fullscreen', { on: true }).catch(() => undefined);
  }, [role]);

  // Ready once fonts are loaded and the slide's charts and map are drawn (the print route's signal).
  const slideRef = useRef<HTMLElement>(null);
  const [readyIndex, setReadyIndex] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    setReadyIndex(null);
    if (slideRef.current)
      void waitForLayout(slideRef.current).then(
        () => live && setReadyIndex(index),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [index, slide.id, theme, presenterHere, role]);

  useEffect(() => {
    const rtl = document.documentElement.dir === 'rtl';
    const onKey = (e: KeyboardEvent) => {
      if (menuOpen) {
        if (e.key === 'Escape') {
          setMenuOpen(false);
          menuButton.current?.focus();
        }
        return;
      }
      // Typing in the notes keeps its keys; Esc there leaves the field, so the next keys drive the slides again.
      if (e.target instanceof HTMLTextAreaElement && e.key === 'Escape') return void e.target.blur();
      if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      const next = rtl ? 'ArrowLeft' : 'ArrowRight';
      const prev = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (e.key === next || e.key === 'PageDown' || e.key === ' ') goTo(index + 1);
      else if (e.key === prev || e.key === 'PageUp') goTo(index - 1);
      else if (e.key === 'Home') goTo(0);
      else if (e.key === 'End') goTo(slides.length - 1);
      else if (e.key === 'Escape') exit();
      else if (e.key === 'p' || e.key === 'P') setPresenterHere((v) => !v);
      else if (e.key === 't' || e.key === 'T') setParams({ theme: theme === 'dark' ? 'light' : 'dark' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const stageRef = useRef<HTMLDivElement>(null);
  const zoom = useFitZoom(stageRef);
  const presenter = role === 'presenter' || presenterHere;
  return (
    <div
      className={`presentation stage-${theme}`}
      data-testid="presentation"
      data-view-ready="present"
      data-role={presenter ? 'presenter' : 'audience'}
      data-slide={slide.id}
      data-slide-index={index}
      data-slide-ready={readyIndex === index ? 'true' : undefined}
      data-theme-stage={theme}
      role="region"
      aria-roledescription={t('deck')}
      aria-label={t('deckLabel')}
    >
      {presenter ? (
        <PresenterView slides={slides} index={index} talk={talk} slideRef={slideRef} />
      ) : (
        <div className="stage" ref={stageRef}>
          <SlideView slide={slide} n={index + 1} total={slides.length} zoom={zoom} slideRef={slideRef} />
        </div>
      )}
      <nav className="present-controls" aria-label={t('controls')}>
        <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0} data-testid="present-prev">
          {t('prev')}
        </button>
        <span className="present-count" data-testid="present-count">
          {t('count', { n: index + 1, total: slides.length })}
        </span>
        <button
          type="button"
          onClick={() => goTo(index + 1)}
          disabled={index === slides.length - 1}
          data-testid="present-next"
        >
          {t('next')}
        </button>
        {role === 'audience' && (
          <button type="button" onClick={openPresenter} data-testid="present-presenter">
            {t('presenterOpen')}
          </button>
        )}
        <button
          type="button"
          ref={menuButton}
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="present-jump"
        >
          {t('jump')}
        </button>
        <button type="button" onClick={exit} data-testid="present-exit">
          {t('exit')}
        </button>
      </nav>
      {menuOpen && (
        <PresentMenu
          slidesById={byId}
          index={index}
          visible={slides.map((s) => s.id)}
          talk={talk}
          briefings={briefings}
          briefing={briefing}
          deposits={deposits}
          depositId={deposit.id}
          scenarios={choices}
          scenarioRef={scenarioRef}
          theme={theme}
          onGo={(i) => (goTo(i), setMenuOpen(false))}
          onParams={setParams}
          deck={deck.state}
          onExportDeck={() => {
            const spec = talk.spec();
            if (spec) void deck.start(spec, 'deck');
          }}
        />
      )}
    </div>
  );
}
