// Why: the roadmap timing is a workspace file the user owns and may share, and the scenario UI evaluates linked
// scenarios against it. This is its editor (the state-file editor over the one document session).
import type { RoadmapState } from '../../../shared/roadmap/state';
import { defaultRoadmapState } from '../../../shared/roadmap/defaults';
import { hasBridge } from '../api/client';
import { createStateDocStore } from './stateDocument';

export const ROADMAP_FILE = 'roadmap.json';

export const useRoadmap = createStateDocStore({
  kind: 'roadmap',
  name: ROADMAP_FILE,
  defaults: defaultRoadmapState,
});

/** The roadmap in force (the scenario UI evaluates roadmap-following scenarios with it). */
export const useRoadmapState = (): RoadmapState => useRoadmap((s) => s.doc);

// Loaded at start (this module is imported by the app frame), so scenario evaluation sees the saved roadmap even
// before anyone opens the Roadmap view.
if (typeof window !== 'undefined' && hasBridge()) useRoadmap.getState().ensureLoaded();
