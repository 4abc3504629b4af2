// Why: choosing and ordering a briefing's sections must work by mouse (drag and drop) and by keyboard alone
// (move buttons, Alt+↑/↓ on a focused item), and a screen-reader user must hear where an item went.
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionTypeSchema, type Section } from '../../../../shared/briefing/spec';
import { defaultSection, keyed, moveItem, type KeyedSection } from './builderStore';
import { SectionOptions, type ScenarioChoice } from './SectionOptions';

interface Props {
  sections: KeyedSection[];
  errors: Record<string, string>;
  scenarioChoices: ScenarioChoice[];
  onChange(sections: KeyedSection[]): void;
  onUpdate(key: string, section: Section): void;
}

export function SectionList({ sections, errors, scenarioChoices, onChange, onUpdate }: Props) {
  const { t } = useTranslation('briefing');
  const [announcement, setAnnouncement] = useState('');
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [overKey, setOverKey] = useState<string | null>(null);
  const [addType, setAddType] = useState<Section['type']>('scenario');
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const label = (s: Section) => t(`sectionType.${s.type}`);

  const move = (from: number, to: number, focus = true) => {
    if (to < 0 || to >= sections.length || from === to) return;
    const item = sections[from]!;
    onChange(moveItem(sections, from, to));
    setAnnouncement(t('builder.moved', { name: label(item.section), position: to + 1, total: sections.length }));
    // Keep keyboard focus on the moved item so repeated Alt+arrow presses keep moving it.
    if (focus) requestAnimationFrame(() => itemRefs.current.get(item.key)?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  const onDrop = (e: DragEvent, index: number) => {
    e.preventDefault();
    const from = sections.findIndex((s) => s.key === (dragKey ?? e.dataTransfer.getData('text/plain')));
    setDragKey(null);
    setOverKey(null);
    if (from >= 0) move(from, index, false);
  };

  const remove = (index: number) => {
    const item = sections[index]!;
    onChange(sections.filter((_, i) => i !== index));
    setAnnouncement(t('builder.removed', { name: label(item.section) }));
  };

  const add = () => {
    onChange([...sections, keyed(defaultSection(addType))]);
    setAnnouncement(t('builder.added', { name: t(`sectionType.${addType}`), position: sections.length + 1 }));
  };

  return (
    <div className="section-list-wrap">
      <p className="muted" id="section-list-help">
        {t('builder.orderHelp')}
      </p>
      {errors.sections && (
        <p className="field-error" role="alert">
          {errors.sections}
        </p>
      )}
      <ol className="section-list" aria-describedby="section-list-help" data-testid="section-list">
        {sections.map((d, i) => (
          <li
            key={d.key}
            ref={(el) => {
              if (el) itemRefs.current.set(d.key, el);
              else itemRefs.current.delete(d.key);
            }}
            tabIndex={0}
            className={`section-item${d.section.enabled ? '' : ' is-off'}${overKey === d.key ? ' is-drop-target' : ''}${dragKey === d.key ? ' is-dragging' : ''}`}
            draggable
            aria-label={t('builder.itemLabel', { name: label(d.section), position: i + 1, total: sections.length })}
            data-testid="section-item"
            data-type={d.section.type}
            onKeyDown={(e) => onKeyDown(e, i)}
            onDragStart={(e) => {
              setDragKey(d.key);
              e.dataTransfer.setData('text/plain', d.key);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setOverKey(d.key);
            }}
            onDragLeave={() => setOverKey((k) => (k === d.key ? null : k))}
            onDrop={(e) => onDrop(e, i)}
            onDragEnd={() => {
              setDragKey(null);
              setOverKey(null);
            }}
          >
            <div className="section-row">
              <span className="drag-handle" aria-hidden="true" title={t('builder.dragHint')}>
                ⋮⋮
              </span>
              <label className="section-toggle">
                <input
                  type="checkbox"
                  checked={d.section.enabled}
                  onChange={(e) => onUpdate(d.key, { ...d.section, enabled: e.target.checked })}
                  data-testid="section-enabled"
                />
                <span className="section-name">{label(d.section)}</span>
              </label>
              <span className="section-buttons">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => move(i, i - 1)}
                  disabled={i === 0}
                  aria-label={t('builder.moveUp', { name: label(d.section) })}
                  data-testid="move-up"
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => move(i, i + 1)}
                  disabled={i === sections.length - 1}
                  aria-label={t('builder.moveDown', { name: label(d.section) })}
                  data-testid="move-down"
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-secondary"
                  onClick={() => remove(i)}
                  aria-label={t('builder.remove', { name: label(d.section) })}
                  data-testid="remove-section"
                >
                  ×
                </button>
              </span>
            </div>
            <SectionOptions item={d} index={i} errors={errors} scenarioChoices={scenarioChoices} onUpdate={onUpdate} />
          </li>
        ))}
      </ol>
      <div className="add-section">
        <label>
          <span>{t('builder.addLabel')}</span>{' '}
          <select
            value={addType}
            onChange={(e) => setAddType(e.target.value as Section['type'])}
            data-testid="add-section-type"
          >
            {SectionTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(`sectionType.${type}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" className="btn" onClick={add} data-testid="add-section">
          {t('builder.add')}
        </button>
      </div>
      <div className="sr-only" role="status" aria-live="polite" data-testid="order-announcer">
        {announcement}
      </div>
    </div>
  );
}
