// Why: the Overview, the printed summary and the summary slide lead with the same figures. Which figures those
// are is decided once here, so the screen, the PDF and the stage cannot drift apart.
export const HEADLINE_FIGURE_IDS = [
  'headline.mineral-wealth',
  'headline.outcrop-area',
  'headline.minerals-identified',
  'headline.minerals-extracted',
  'headline.ussm-agreement',
] as const;

export const CONSIGNMENT_FIGURE_IDS = [
  'headline.first-consignment',
  'headline.consignment-contents',
  'headline.ussm-mou-date',
] as const;

export const REKO_DIQ_FIGURE_IDS = [
  'reko-diq.capex-phase1',
  'reko-diq.capex-phase2',
  'reko-diq.mine-life',
  'reko-diq.first-production',
  'reko-diq.grade-cu',
  'reko-diq.grade-au',
] as const;
