// Why: what the presenter sees on their own screen: the current slide, the next one, the notes for the current
// slide (editable, saved with the talk's briefing in the workspace) and a timer since the talk began.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SlideView, useFitZoom } from './SlideView';
import type { SlideContent } from './slides';
import type { TalkState } from './useTalk';

function useElapsed(): [string, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const s = Math.max(0, Math.floor((now - start) / 1000));
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return [text, () => (setStart(Date.now()), setNow(Date.now()))];
}

function Pane({
  slide,
  n,
  total,
  label,
  slideRef,
  testId,
}: {
  slide: SlideContent | undefined;
  n: number;
  total: number;
  label: string;
  slideRef?: RefObject<HTMLElement | null>;
  testId: string;
}) {
  const { t } = useTranslation('present');
  const box = useRef<HTMLDivElement>(null);
  const zoom = useFitZoom(box);
  return (
    <section className="presenter-pane" aria-label={label} data-testid={testId}>
      <h2>{label}</h2>
      <div className="presenter-slide" ref={box}>
        {slide ? (
          <SlideView slide={slide} n={n} total={total} zoom={zoom} slideRef={slideRef} preview={!slideRef} />
        ) : (
          <p className="presenter-end">{t('endOfDeck')}</p>
        )}
      </div>
    </section>
  );
}

export function PresenterView({
  slides,
  index,
  talk,
  slideRef,
}: {
  slides: SlideContent[];
  index: number;
  talk: TalkState;
  slideRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation('present');
  const [elapsed, reset] = useElapsed();
  const slide = slides[index]!;
  const note = talk.talk.notes[slide.id] ?? '';
  const status =
    talk.status === 'none'
      ? t('notesNoTalk')
      : talk.status === 'error'
        ? t('notesError', { message: talk.error ?? '' })
        : `${t('notesHint', { file: talk.file })} ${talk.status === 'saving' ? t('notesSaving') : talk.status === 'saved' ? t('notesSaved') : ''}`;
  return (
    <div className="presenter" data-testid="presenter-view">
      <Pane
        slide={slide}
        n={index + 1}
        total={slides.length}
        label={t('current')}
        slideRef={slideRef}
        testId="presenter-current"
      />
      <div className="presenter-side">
        <Pane
          slide={slides[index + 1]}
          n={index + 2}
          total={slides.length}
          label={t('nextSlide')}
          testId="presenter-next"
        />
        <div className="presenter-timer">
          <span>{t('timer')}</span>
          <strong data-testid="presenter-timer" aria-live="off">
            {elapsed}
          </strong>
          <button type="button" onClick={reset}>
            {t('timerReset')}
          </button>
        </div>
        <label className="presenter-notes">
          <span>{t('notes', { n: index + 1 })}</span>
          <textarea
            data-testid="presenter-notes"
            value={note}
            disabled={talk.status === 'none' || talk.status === 'loading'}
            onChange={(e) => {
              const text = e.target.value;
              talk.update((tk) => ({ ...tk, notes: { ...tk.notes, [slide.id]: text } }));
            }}
          />
          <span
            className="presenter-status"
            data-testid="presenter-notes-status"
            data-status={talk.status}
            role="status"
          >
            {status}
          </span>
        </label>
      </div>
    </div>
  );
}
