// Why: the Settings panel's data-edition part: which edition this workspace uses and where it came from,
// importing a newer one from a file, going back to the bundled one, and the publishers this machine trusts.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { currentLocale } from '../i18n';
import { useEdition } from '../stores/edition';
import { EditionLabel } from './EditionLabel';

function TrustForm({ publicKey, label }: { publicKey?: string; label: string }) {
  const { t } = useTranslation('edition');
  const trust = useEdition((s) => s.trust);
  const [name, setName] = useState('');
  const [key, setKey] = useState(publicKey ?? '');
  return (
    <form
      className="edition-trust-form"
      onSubmit={(e) => {
        e.preventDefault();
        void trust(name.trim(), key.trim()).then(() => setName(''));
      }}
    >
      <span>{label}</span>
      <input
        aria-label={t('settings.name')}
        placeholder={t('settings.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        data-testid="trust-name"
        required
      />
      {publicKey === undefined && (
        <input
          aria-label={t('settings.publicKey')}
          placeholder={t('settings.publicKey')}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          dir="ltr"
          data-testid="trust-key"
          required
        />
      )}
      <button type="submit" className="btn" data-testid={publicKey ? 'trust-signer' : 'trust-add'}>
        {publicKey ? t('settings.trustSignerButton') : t('settings.add')}
      </button>
    </form>
  );
}

export function EditionSettings() {
  const { t } = useTranslation('edition');
  const info = useEdition((s) => s.info);
  const busy = useEdition((s) => s.busy);
  const error = useEdition((s) => s.error);
  const trusted = useEdition((s) => s.trusted);
  const { importFile, useBundled, loadTrusted, untrust } = useEdition.getState();
  useEffect(() => void loadTrusted(), [loadTrusted]);
  const origin = info.origin;
  return (
    <section className="settings-edition" aria-label={t('settings.title')} data-testid="edition-settings">
      <span className="settings-edition-title">{t('settings.title')}</span>
      <EditionLabel />
      <p className="settings-note" data-testid="edition-origin">
        {origin.kind === 'bundled'
          ? t('settings.bundled')
          : t('settings.imported', {
              path: origin.importedFrom,
              date: formatDateTime(origin.importedAt, currentLocale()),
            })}
      </p>
      {info.problem && (
        <p role="alert" className="settings-error" data-testid="edition-problem">
          {t('settings.problem')}: {info.problem}
        </p>
      )}
      <div className="settings-edition-actions">
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void importFile()}
          data-testid="edition-import"
        >
          {busy ? t('settings.importing') : t('settings.import')}
        </button>
        {origin.kind === 'imported' && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void useBundled()}
            data-testid="edition-use-bundled"
          >
            {t('settings.useBundled')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="settings-error" data-testid="edition-error">
          {error}
        </p>
      )}
      {info.signer.status === 'unknown' && (
        <TrustForm key={info.signer.publicKey} publicKey={info.signer.publicKey} label={t('settings.trustSigner')} />
      )}
      <span className="settings-edition-title">{t('settings.trusted')}</span>
      {trusted.length === 0 ? (
        <p className="settings-note">{t('settings.trustedNone')}</p>
      ) : (
        <ul className="trusted-list" data-testid="trusted-list">
          {trusted.map((p) => (
            <li key={p.publicKey}>
              <span>{p.name}</span> <code dir="ltr">{p.fingerprint}</code>{' '}
              <button
                type="button"
                className="btn"
                aria-label={t('settings.removeNamed', { name: p.name })}
                onClick={() => void untrust(p.publicKey)}
              >
                {t('settings.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <TrustForm label={t('settings.add')} />
      <p className="settings-note">{t('settings.sharedNote')}</p>
    </section>
  );
}
