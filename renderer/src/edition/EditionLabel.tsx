// Why: the one component that names the data edition on screen (app footer, presentation, print cover), with
// the one label formatter and, for an imported edition, who vouches for it, so a reader always knows how
// old the figures are and where they came from.
import { useTranslation } from 'react-i18next';
import { activeEdition } from '../../../shared/data';
import { editionLabel } from '../../../shared/edition/label';
import { useEdition } from '../stores/edition';
import './edition.css';

/** "Trusted publisher: X", "Publisher unknown (unsigned)" …; null for the bundled edition. */
export function useSignerText(): string | null {
  const { t } = useTranslation('edition');
  const signer = useEdition((s) => s.info.signer);
  switch (signer.status) {
    case 'bundled':
      return null;
    case 'unsigned':
      return t('signer.unsigned');
    case 'trusted':
      return t('signer.trusted', { name: signer.name });
    case 'unknown':
      return t('signer.unknown', { fingerprint: signer.fingerprint });
  }
}

export function EditionLabel({
  className,
  withSigner = true,
  language,
}: {
  className?: string;
  withSigner?: boolean;
  language?: string;
}) {
  const { i18n } = useTranslation();
  const signer = useSignerText();
  const label = editionLabel(activeEdition().meta, language ?? i18n.language);
  return (
    <span
      className={['edition-label', className].filter(Boolean).join(' ')}
      data-testid="edition-label"
      data-edition={activeEdition().meta.id}
    >
      {label}
      {withSigner && signer && <span className="edition-signer"> · {signer}</span>}
    </span>
  );
}
