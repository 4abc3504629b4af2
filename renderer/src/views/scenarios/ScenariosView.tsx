// Why: the Scenarios view's routes: `#/scenarios` (library), `#/scenarios/<file.json | presetId>` (editor),
// `#/scenarios/new?preset=&deposit=` ("Model this deposit") and `#/scenarios/compare?ids=`. Returning to a document
// that is already open keeps its unsaved edits; opening another keeps them as a draft.
import { useEffect, useState } from 'react';
import { depositById } from '../../../../shared/data';
import { useRouter } from '../../app/router';
import { useData } from '../../stores/data';
import { useScenarioStore } from '../../stores/scenario';
import { openFile, openPreset } from '../../stores/scenarioFiles';
import { CompareView } from './CompareView';
import { Editor } from './Editor';
import { Library } from './Library';
import { useT } from './useT';
import { presetForDeposit } from './presetForDeposit';
import './scenarios.css';

function useOpenDocument(
  segment: string | undefined,
  params: URLSearchParams,
): { error: string | null; key: string | null } {
  const deposits = useData((s) => s.deposits);
  const [error, setError] = useState<string | null>(null);
  const depositId = params.get('deposit') ?? undefined;
  const deposit = depositId ? (deposits.find((d) => d.id === depositId) ?? depositById(depositId)) : undefined;
  const presetParam = params.get('preset') ?? (depositId ? presetForDeposit(depositId, deposit?.minerals) : 'blank');
  const key =
    !segment || segment === 'compare'
      ? null
      : segment === 'new'
        ? `preset:${presetParam}${depositId ? `:${depositId}` : ''}`
        : segment.endsWith('.json')
          ? `file:${segment}`
          : `preset:${segment}`;
  useEffect(() => {
    if (!key || useScenarioStore.getState().key === key) return;
    setError(null);
    if (key.startsWith('file:')) void openFile(segment!).then(setError);
    else if (segment === 'new') openPreset(presetParam, { deposit: depositId, depositName: deposit?.name });
    else openPreset(segment!);
  }, [key]);
  return { error, key };
}

export function ScenariosView() {
  const t = useT();
  const route = useRouter((s) => s.route);
  const segment = route.segments[0];
  const openKey = useScenarioStore((s) => s.key);
  const { error, key } = useOpenDocument(segment, route.params);
  const mode = !segment ? 'library' : segment === 'compare' ? 'compare' : 'editor';
  const ready = mode !== 'editor' || (!!key && openKey === key) || !!error;
  return (
    <section
      className="view scenarios"
      aria-labelledby="scenarios-title"
      data-view-ready={ready ? 'scenarios' : undefined}
    >
      {mode === 'library' && <Library />}
      {mode === 'compare' && <CompareView />}
      {mode === 'editor' &&
        (error ? (
          <div role="alert" className="error-panel" data-testid="open-error">
            <h1 id="scenarios-title">{t('editor.openFailed')}</h1>
            <p>{error}</p>
          </div>
        ) : openKey === key ? (
          <Editor />
        ) : (
          <p className="loading" role="status">
            {t('library.loading')}
          </p>
        ))}
    </section>
  );
}
