// Why: the article's "Key Challenges & Solutions Ahead" table in full, its words untouched (rendered straight from
// dataset.challenges), with the source shown. Presentational so the briefing PDF prints the same matrix; the view
// passes `solutionExtra` to add each solution's modelled lever and NPV effect.
import type { ReactNode } from 'react';
import type { Challenge } from '../../../../shared/model/dataset';
import { Provenance } from '../../components/Sourced';
import { useRisksText } from './useRisksText';
import './risks.css';

/** The article carries no date; it reports the 2 Oct 2025 consignment (same convention as policies.ts). */
const ARTICLE_AS_OF = '2025-10';

interface Props {
  challenges: readonly Challenge[];
  /** Extra content under a solution sentence (e.g. its lever and NPV effect). */
  solutionExtra?: (challengeId: string, index: number) => ReactNode;
  highlightId?: string | null;
}

export function ChallengeMatrix({ challenges, solutionExtra, highlightId }: Props) {
  const { t, categoryName } = useRisksText();
  const sourceIds = [...new Set(challenges.flatMap((c) => c.sourceIds))];
  return (
    <div className="challenge-matrix" data-testid="challenge-matrix">
      <table className="data-table matrix-table">
        <caption className="sr-only">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-cat">
              {t('matrix.category')}
            </th>
            <th scope="col" className="col-issues">
              {t('matrix.issues')}
            </th>
            <th scope="col">{t('matrix.solutions')}</th>
          </tr>
        </thead>
        <tbody>
          {challenges.map((c) => (
            <tr
              key={c.id}
              id={`challenge-${c.id}`}
              data-testid={`challenge-${c.id}`}
              className={highlightId === c.id ? 'highlight' : undefined}
            >
              <th scope="row" className="cat-name">
                {categoryName(c.id, c.category)}
              </th>
              {/* The article's own words: never translated, kept left-to-right inside an Urdu page. */}
              <td className="issues" lang="en" dir="auto">
                {c.keyIssues}
              </td>
              <td>
                <ul className="solution-list">
                  {c.solutions.map((s, i) => (
                    <li key={s} data-testid={`solution-${c.id}-${i}`}>
                      <span className="solution-text" lang="en" dir="auto">
                        {s}
                      </span>
                      {solutionExtra?.(c.id, i)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="matrix-source">
        <span>{t('matrix.quoted')}</span>
        <Provenance figure={{ sourceIds, asOf: ARTICLE_AS_OF, confidence: 'B' }} />
      </div>
    </div>
  );
}
