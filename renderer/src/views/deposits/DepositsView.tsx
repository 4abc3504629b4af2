// Why: the deposit explorer bundles the world outlines (≈0.7 MB of TopoJSON) and the map code; loading it
// lazily keeps app start-up and the other views light. The app frame's Suspense shows "Loading…" meanwhile.
import { lazy } from 'react';

const DepositsExplorer = lazy(() => import('./DepositsExplorer'));

/** `onModel` stays undefined until the scenario calculator can open a deposit; the profile hides its button. */
export function DepositsView({ onModel }: { onModel?: (id: string) => void }) {
  return <DepositsExplorer onModel={onModel} />;
}
