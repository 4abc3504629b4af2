// Why: presentation mode for the stage: full-screen slides with large type and high contrast, driven from
// the keyboard (←/→, Page Up/Down, Home/End, Esc to leave), with a presenter menu to jump to any slide,
// deposit or scenario, and every slide's sources in small print at its foot.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presets } from '../../../shared/scenario';
import { api, hasBridge } from '../api/client';
import { useRouter } from '../app/router';
import { SourceLinks, useSources } from '../components/Sourced';
import { EditionLabel } from '../edition/EditionLabel';
import { useData } from '../stores/data';
import { useRoadmap } from '../stores/roadmap';
import { useResolvedScenarios } from '../stores/scenarioSources';
import { waitForLayout } from '../print/readiness';
import { useSlides } from './slides';
import './present.css';
import { returnFocusTo } from '../app/focusReturn';

type ScenarioChoice = { ref: string; label: string };

function useScenarioChoices(): ScenarioChoice[] {
  const [files, setFiles] = useState<ScenarioChoice[]>([]);
  useEffect(() => {
    if (!hasBridge()) return;
    void api('workspace:list-files', { kind: 'scenario' })
      .then((list) => setFiles(list.filter((f) => f.status === 'ok').map((f) => ({ ref: f.name, label: f.title ?? f.name }))))
      .catch(() => setFiles([]));
  }, []);
  return [...presets.filter((p) => p.id !== 'blank').map((p) => ({ ref: `preset:${p.id}`, label: p.name })), ...files];
}

function useScenario(ref: string, choices: ScenarioChoice[]) {
  const refs = useMemo(() => [ref], [ref]);
  const [resolved] = useResolvedScenarios(refs) ?? [];
  return useMemo(() => {
    if (!resolved?.ok) return null;
    const label = choices.find((c) => c.ref === ref)?.label ?? resolved.label;
    return { label, scenario: resolved.scenario, result: resolved.result };
  }, [ref, resolved, choices]);
}

function SlideSources({ ids }: { ids: string[] }) {
  const { t } = useTranslation('present');
  const sources = useSources([...new Set(ids)]);
  if (sources.length === 0) return null;
  return (
    <footer className="slide-sources" data-testid="slide-sources" dir="auto">
      <span>{t('sources')}</span>{' '}
      <SourceLinks sources={sources} separator=" · " />
    </footer>
  );
}

export function Presentation() {
  const { t } = useTranslation('present');
  const route = useRouter((s) => s.route);
  const replaceParams = useRouter((s) => s.replaceParams);
  const deposits = useData((s) => s.deposits);
  const choices = useScenarioChoices();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => useRoadmap.getState().ensureLoaded(), []);

  const depositId = route.params.get('deposit') ?? 'reko-diq';
  const scenarioRef = route.params.get('scenario') ?? 'preset:reko-diq';
  const deposit = deposits.find((d) => d.id === depositId) ?? deposits[0]!;
  const scenario = useScenario(scenarioRef, choices);
  const slides = useSlides(deposit, deposits, scenario);
  const index = Math.min(slides.length - 1, Math.max(0, Number(route.params.get('slide') ?? 0) || 0));
  const slide = slides[index]!;
  // Ready once fonts are loaded and the slide's charts and map are drawn (the print route's signal).
  const slideRef = useRef<HTMLElement>(null);
  const [readyIndex, setReadyIndex] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    setReadyIndex(null);
    if (slideRef.current) void waitForLayout(slideRef.current).then(() => live && setReadyIndex(index), () => undefined);
    return () => {
      live = false;
    };
  }, [index, slide.id]);

  const go = (patch: Record<string, string>) => {
    const p = new URLSearchParams(route.params);
    for (const [k, v] of Object.entries(patch)) p.set(k, v);
    replaceParams(p);
  };
  const goTo = (i: number) => go({ slide: String(Math.min(slides.length - 1, Math.max(0, i))) });
  const exit = () => {
    returnFocusTo('present-open');
    void api('window:set-fullscreen', { on: false }).catch(() => undefined);
    if (history.length > 1) history.back();
    else useRouter.getState().navigate('overview');
  };

  useEffect(() => {
    void api('window:set-fullscreen', { on: true }).catch(() => undefined);
  }, []);

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
      const next = rtl ? 'ArrowLeft' : 'ArrowRight';
      const prev = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (e.key === next || e.key === 'PageDown' || e.key === ' ') goTo(index + 1);
      else if (e.key === prev || e.key === 'PageUp') goTo(index - 1);
      else if (e.key === 'Home') goTo(0);
      else if (e.key === 'End') goTo(slides.length - 1);
      else if (e.key === 'Escape') exit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="presentation" data-testid="presentation" data-view-ready="present" data-slide={slide.id} data-slide-index={index} data-slide-ready={readyIndex === index ? 'true' : undefined} role="region" aria-roledescription={t('deck')} aria-label={t('deckLabel')}>
      <section className="slide" ref={slideRef} aria-roledescription={t('slide')} aria-label={t('slideOf', { n: index + 1, total: slides.length, title: slide.title })} aria-live="polite">
        <h1 className="slide-title">{slide.title}</h1>
        <div className="slide-body">{slide.body}</div>
        <SlideSources ids={slide.sourceIds} />
        <EditionLabel className="slide-edition" />
      </section>
      <nav className="present-controls" aria-label={t('controls')}>
        <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0} data-testid="present-prev">
          {t('prev')}
        </button>
        <span className="present-count" data-testid="present-count">
          {t('count', { n: index + 1, total: slides.length })}
        </span>
        <button type="button" onClick={() => goTo(index + 1)} disabled={index === slides.length - 1} data-testid="present-next">
          {t('next')}
        </button>
        <button type="button" ref={menuButton} aria-expanded={menuOpen} onClick={() => setMenuOpen((o) => !o)} data-testid="present-jump">
          {t('jump')}
        </button>
        <button type="button" onClick={exit} data-testid="present-exit">
          {t('exit')}
        </button>
      </nav>
      {menuOpen && (
        <div className="present-menu" role="dialog" aria-label={t('jump')} data-testid="present-menu">
          <h2>{t('menuSlides')}</h2>
          <ol>
            {slides.map((s, i) => (
              <li key={s.id}>
                <button type="button" autoFocus={i === index} onClick={() => (goTo(i), setMenuOpen(false))}>
                  {s.title}
                </button>
              </li>
            ))}
          </ol>
          <label>
            {t('menuDeposit')}
            <select data-testid="present-deposit" value={deposit.id} onChange={(e) => (go({ deposit: e.target.value, slide: String(slides.findIndex((s) => s.id === 'deposit')) }), setMenuOpen(false))}>
              {deposits.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('menuScenario')}
            <select data-testid="present-scenario" value={scenarioRef} onChange={(e) => (go({ scenario: e.target.value, slide: String(slides.findIndex((s) => s.id === 'scenario')) }), setMenuOpen(false))}>
              {choices.map((c) => (
                <option key={c.ref} value={c.ref}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
