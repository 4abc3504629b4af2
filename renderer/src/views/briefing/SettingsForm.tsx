// Why: the briefing's branding and paper (title, audience, date, author, classification, A4/Letter,
// orientation, language), validated by the spec schema with each problem shown under its field.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { BriefingSettings } from './builderStore';

interface Props {
  settings: BriefingSettings;
  errors: Record<string, string>;
  onChange(patch: Partial<BriefingSettings>): void;
}

const TEXT_FIELDS = ['title', 'subtitle', 'audience', 'preparedBy', 'classification'] as const;

export function SettingsForm({ settings, errors, onChange }: Props) {
  const { t } = useTranslation('briefing');
  const id = useId();
  const described = (f: string) => (errors[f] ? `${id}-${f}-err` : undefined);
  const error = (f: string) =>
    errors[f] ? (
      <p className="field-error" id={`${id}-${f}-err`} role="alert" data-testid={`error-${f}`}>
        {errors[f]}
      </p>
    ) : null;

  return (
    <fieldset className="settings-form" data-testid="briefing-settings">
      <legend>{t('settings.legend')}</legend>
      {TEXT_FIELDS.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`${id}-${f}`}>{t(`settings.${f}`)}</label>
          <input
            id={`${id}-${f}`}
            type="text"
            value={settings[f]}
            aria-invalid={Boolean(errors[f])}
            aria-describedby={described(f)}
            placeholder={t(`settings.${f}Placeholder`)}
            onChange={(e) => onChange({ [f]: e.target.value })}
            data-testid={`field-${f}`}
          />
          {error(f)}
        </div>
      ))}
      <div className="field">
        <DateField
          label={t('settings.date')}
          value={settings.date}
          testId="field-date"
          describedBy={described('date')}
          invalid={Boolean(errors.date)}
          onChange={(date) => onChange({ date })}
        />
        {error('date')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-paper`}>{t('settings.paper')}</label>
          <select
            id={`${id}-paper`}
            value={settings.paper}
            onChange={(e) => onChange({ paper: e.target.value as BriefingSettings['paper'] })}
            data-testid="field-paper"
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-orientation`}>{t('settings.orientation')}</label>
          <select
            id={`${id}-orientation`}
            value={settings.orientation}
            onChange={(e) => onChange({ orientation: e.target.value as BriefingSettings['orientation'] })}
            data-testid="field-orientation"
          >
            <option value="portrait">{t('settings.portrait')}</option>
            <option value="landscape">{t('settings.landscape')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
          <select
            id={`${id}-language`}
            value={settings.language}
            onChange={(e) => onChange({ language: e.target.value as BriefingSettings['language'] })}
            data-testid="field-language"
          >
            <option value="en">English</option>
            <option value="ur" lang="ur">
              اردو
            </option>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
