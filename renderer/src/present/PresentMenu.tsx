// Why: the presenter's menu: jump to any slide; choose the talk (a saved briefing, whose order, hidden slides and
// notes travel with it), order and hide slides; pick the deposit and scenario shown; the stage theme.
import { useTranslation } from 'react-i18next';
import { moveSlide, slideOrder, toggleHidden, type SlideId } from '../../../shared/briefing/talk';
import type { Deposit } from '../../../shared/model/dataset';
import type { Choice } from './Presentation';
import type { SlideContent } from './slides';
import type { TalkState } from './useTalk';
import type { ExportState } from '../views/briefing/useExport';

export interface PresentMenuProps {
  slidesById: Record<SlideId, SlideContent>;
  index: number;
  visible: SlideId[];
  talk: TalkState;
  briefings: Choice[];
  briefing: string | null;
  deposits: readonly Deposit[];
  depositId: string;
  scenarios: Choice[];
  scenarioRef: string;
  theme: 'dark' | 'light';
  onGo(index: number): void;
  onParams(patch: Record<string, string | null>): void;
  deck: ExportState;
  onExportDeck(): void;
}

export function PresentMenu(p: PresentMenuProps) {
  const { t } = useTranslation('present');
  const order = slideOrder(p.talk.talk);
  const current = p.visible[p.index];
  const jumpTo = (id: SlideId) => {
    const i = p.visible.indexOf(id);
    if (i >= 0) p.onGo(i);
  };
  return (
    <div className="present-menu" role="dialog" aria-label={t('jump')} data-testid="present-menu">
      <label>
        {t('talk')}
        <select
          data-testid="present-talk"
          value={p.briefing ?? ''}
          onChange={(e) => p.onParams({ briefing: e.target.value || null, slide: '0' })}
        >
          <option value="">{t('talkNone')}</option>
          {p.briefings.map((b) => (
            <option key={b.ref} value={b.ref}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <h2>{t('order')}</h2>
      <ol className="slide-order" data-testid="slide-order">
        {order.map((id, i) => {
          const title = p.slidesById[id].title;
          const hidden = p.talk.talk.hidden.includes(id);
          return (
            <li key={id} className={hidden ? 'is-hidden' : undefined} data-slide-id={id}>
              <input
                type="checkbox"
                checked={!hidden}
                aria-label={t('show', { title })}
                onChange={() => p.talk.update((tk) => toggleHidden(tk, id))}
                data-testid={`slide-show-${id}`}
              />
              <button
                type="button"
                className="slide-order-title"
                disabled={hidden}
                autoFocus={id === current}
                aria-current={id === current ? 'true' : undefined}
                onClick={() => jumpTo(id)}
              >
                {title}
              </button>
              <button
                type="button"
                className="icon-btn"
                disabled={i === 0}
                aria-label={t('moveUp', { title })}
                onClick={() => p.talk.update((tk) => moveSlide(tk, id, -1))}
                data-testid={`slide-up-${id}`}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-btn"
                disabled={i === order.length - 1}
                aria-label={t('moveDown', { title })}
                onClick={() => p.talk.update((tk) => moveSlide(tk, id, 1))}
                data-testid={`slide-down-${id}`}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <label>
        {t('menuDeposit')}
        <select
          data-testid="present-deposit"
          value={p.depositId}
          onChange={(e) => {
            const value = e.target.value;
            p.talk.update((tk) => ({ ...tk, deposit: value }));
            p.onParams({ deposit: value });
            jumpTo('deposit');
          }}
        >
          {p.deposits.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('menuScenario')}
        <select
          data-testid="present-scenario"
          value={p.scenarioRef}
          onChange={(e) => {
            const value = e.target.value;
            p.talk.update((tk) => ({ ...tk, scenario: value }));
            p.onParams({ scenario: value });
            jumpTo('scenario');
          }}
        >
          {p.scenarios.map((c) => (
            <option key={c.ref} value={c.ref}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('theme')}
        <select data-testid="present-theme" value={p.theme} onChange={(e) => p.onParams({ theme: e.target.value })}>
          <option value="dark">{t('themeDark')}</option>
          <option value="light">{t('themeLight')}</option>
        </select>
      </label>
      <button
        type="button"
        data-testid="deck-export"
        disabled={!p.talk.spec() || p.deck.status === 'running'}
        onClick={p.onExportDeck}
      >
        {t('exportDeck')}
      </button>
      {!p.talk.spec() && <p className="hint">{t('notesNoTalk')}</p>}
      {p.deck.status === 'done' && (
        <p role="status" data-testid="deck-export-done">
          {t('exportDone', { path: p.deck.path })}
        </p>
      )}
      {p.deck.status === 'failed' && (
        <p className="field-error" role="alert" data-testid="deck-export-error">
          {t('exportError', { message: p.deck.message })}
        </p>
      )}
      {p.talk.error && (
        <p className="field-error" role="alert">
          {t('notesError', { message: p.talk.error })}
        </p>
      )}
    </div>
  );
}
