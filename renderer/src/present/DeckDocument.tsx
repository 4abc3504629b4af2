// Why: the deck a presenter hands out. The print route renders the talk's slides (its order, hidden slides,
// deposit and scenario) from the export's frozen snapshot, one 16:9 slide a page on the light stage palette
// (paper), each with its footer of sources and the edition stamp, through the same print engine as briefings.
import { useTranslation } from 'react-i18next';
import type { BriefingSpec } from '../../../shared/briefing/spec';
import { visibleSlides } from '../../../shared/briefing/talk';
import { resolveScenarioRef } from '../../../shared/workspace/scenario-refs';
import type { PrintInputs } from '../print/inputs';
import { SlideView } from './SlideView';
import { useSlides } from './slides';
import './present.css';

export function DeckDocument({ spec, inputs }: { spec: BriefingSpec; inputs: PrintInputs }) {
  const { i18n } = useTranslation();
  const talk = spec.talk;
  const deposit = inputs.deposits.find((d) => d.id === (talk.deposit || 'reko-diq')) ?? inputs.deposits[0]!;
  const ref = talk.scenario || 'preset:reko-diq';
  const resolved = inputs.scenarios.get(ref) ?? resolveScenarioRef(ref, new Map(), inputs.roadmap);
  const scenario = resolved.ok ? { label: resolved.label, scenario: resolved.scenario, result: resolved.result } : null;
  const byId = useSlides(deposit, inputs.deposits, scenario, inputs.roadmap);
  const ids = visibleSlides(talk);
  return (
    <div className="deck-doc stage-light" lang={spec.language} dir={i18n.dir(spec.language)} data-testid="deck-doc">
      {ids.map((id, i) => (
        <SlideView key={id} slide={byId[id]} n={i + 1} total={ids.length} zoom={1} />
      ))}
    </div>
  );
}
