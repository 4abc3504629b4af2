// Why: the policy and partnership context investors ask about, each with its source and its real status, shown
// prominently where a deal is only reported or proposed (e.g. the Saudi interest in Reko Diq: talks, no signed deal).
import { useTranslation } from 'react-i18next';
import type { PolicyInitiative } from '../../../../shared/model/dataset';
import { formatAsOf } from '../../../../shared/format/figures';
import { Provenance } from '../../components/Sourced';
import { currentLocale } from '../../i18n';
import './risks.css';

/** Statuses that must not read as done deals. */
const TENTATIVE = /reported|proposed|unverified|no signed|talks|waits/i;

export function PolicyList({ policies }: { policies: readonly PolicyInitiative[] }) {
  const { t } = useTranslation('risks');
  return (
    <ul className="policy-list" data-testid="policy-list">
      {policies.map((p) => {
        const tentative = TENTATIVE.test(p.status);
        return (
          <li key={p.id} className="policy-card" data-testid={`policy-${p.id}`}>
            <div className="policy-head">
              <h3 dir="auto">{p.name}</h3>
              <time dateTime={p.date} className="policy-date">
                {formatAsOf(p.date, currentLocale())}
              </time>
            </div>
            <p className={`policy-status${tentative ? ' tentative' : ''}`} data-testid={`policy-status-${p.id}`}>
              <span className="status-label">{t('policy.status')}</span> <bdi>{p.status}</bdi>
            </p>
            <p className="policy-summary" dir="auto">
              {p.summary}
            </p>
            <Provenance figure={{ sourceIds: p.sourceIds, asOf: p.date, confidence: p.confidence }} />
          </li>
        );
      })}
    </ul>
  );
}
