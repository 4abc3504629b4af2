// Why: every structural control (add/remove/rename/switch) goes through one path: build the candidate, validate it
// with the file schema, and hand it to the store as its own undo step; a refusal returns zod's message for the form.
import type { Scenario } from '../../../../../shared/scenario';
import { useScenarioStore } from '../../../stores/scenario';
import { validateCandidate, type Path } from '../catalogue/paths';

export function restructure(build: (s: Scenario) => Scenario, path: Path = []): string | null {
  const st = useScenarioStore.getState();
  if (!st.scenario) return null;
  const v = validateCandidate(build(st.scenario), path);
  if (!v.ok || !v.scenario) return v.message;
  st.restructure(v.scenario);
  return null;
}

/** Move focus after the DOM has the new structure (an added item's first field, or the list's add button). */
export function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** An "Add …" form's submit: the new item is its group's last, so that item's name field takes the focus. */
export function addItem(build: (s: Scenario) => Scenario, path: Path, group: string): string | null {
  const msg = restructure(build, path);
  if (!msg) focusLater(`[data-testid="${group}"] .scn-item:last-of-type input.scn-name`);
  return msg;
}
