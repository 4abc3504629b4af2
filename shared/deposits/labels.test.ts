// Why: the map legend, the filter menus, the deposit table and the exports all print these names; a blank or wrong
// label is what a delegate would see, so every code, group and stage is checked against the words it must show.
import { describe, expect, it } from 'vitest';
import { MineralGroupSchema, StageSchema } from '../model/dataset';
import { GROUP_LABEL, GROUP_ORDER, mineralName, STAGE_LABEL, STAGE_ORDER } from './labels';

describe('mineral names', () => {
  it('adds the code after a name that does not begin with it, and writes other names alone', () => {
    const codes = ['Cu', 'Au', 'Ag', 'Fe', 'Sb', 'Zn', 'Pb', 'Li', 'REE', 'Mo', 'Cr'];
    expect(codes.map(mineralName)).toEqual([
      'Copper (Cu)',
      'Gold (Au)',
      'Silver (Ag)',
      'Iron ore (Fe)',
      'Antimony (Sb)',
      'Zinc (Zn)',
      'Lead (Pb)',
      'Lithium',
      'Rare earths (REE)',
      'Molybdenum',
      'Chromium (Cr)',
    ]);
    const words = ['Chromite', 'Lignite', 'Halite', 'Gems', 'Marble', 'Granite', 'Onyx'];
    expect(words.map(mineralName)).toEqual([
      'Chromite',
      'Lignite (coal)',
      'Rock salt (Halite)',
      'Gemstones',
      'Marble',
      'Granite',
      'Onyx',
    ]);
  });
});

describe('group and stage labels', () => {
  it('names every mineral group the schema accepts, in the legend order of the schema', () => {
    expect(GROUP_ORDER).toEqual(MineralGroupSchema.options);
    expect(GROUP_ORDER.map((g) => GROUP_LABEL[g])).toEqual([
      'Base metals & iron',
      'Precious metals',
      'Battery & critical',
      'Rare earths',
      'Industrial minerals',
      'Energy (coal)',
    ]);
  });

  it('lists the stages from producing to prospect, each with its label', () => {
    expect(STAGE_ORDER).toEqual(['producing', 'development', 'exploration', 'prospect']);
    expect([...STAGE_ORDER].sort()).toEqual([...StageSchema.options].sort());
    expect(STAGE_ORDER.map((s) => STAGE_LABEL[s])).toEqual(['Producing', 'Development', 'Exploration', 'Prospect']);
  });
});
