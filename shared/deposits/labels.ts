// Why: the deposit explorer, its exports and its tests must name minerals, groups and stages the same way;
// the dataset stores codes ("Sb", "battery-critical"), people read words ("Antimony (Sb)", "Battery & critical").
import { MineralGroupSchema, type MineralGroup, type Stage } from '../model/dataset';

// Codes that are already words ("Chromite", "Marble", "Granite", "Onyx") need no entry: they are shown as they are.
const MINERAL_NAMES: Record<string, string> = {
  Cu: 'Copper',
  Au: 'Gold',
  Ag: 'Silver',
  Fe: 'Iron ore',
  Sb: 'Antimony',
  Zn: 'Zinc',
  Pb: 'Lead',
  Li: 'Lithium',
  REE: 'Rare earths',
  Mo: 'Molybdenum',
  Cr: 'Chromium',
  Lignite: 'Lignite (coal)',
  Halite: 'Rock salt',
  Gems: 'Gemstones',
};

/** "Antimony (Sb)" for element codes, the word itself where the code already is one ("Marble"). */
export function mineralName(code: string): string {
  const name = MINERAL_NAMES[code];
  if (!name) return code;
  return name.startsWith(code) ? name : `${name} (${code})`;
}

// The schema lists the groups in display order, so the legend and filters cannot miss a group it accepts.
export const GROUP_ORDER: readonly MineralGroup[] = MineralGroupSchema.options;

export const GROUP_LABEL: Record<MineralGroup, string> = {
  'base-metals': 'Base metals & iron',
  precious: 'Precious metals',
  'battery-critical': 'Battery & critical',
  ree: 'Rare earths',
  industrial: 'Industrial minerals',
  energy: 'Energy (coal)',
};

export const STAGE_ORDER: readonly Stage[] = ['producing', 'development', 'exploration', 'prospect'];

export const STAGE_LABEL: Record<Stage, string> = {
  producing: 'Producing',
  development: 'Development',
  exploration: 'Exploration',
  prospect: 'Prospect',
};
