// Why: views whose issue has not landed say what they will hold instead of showing invented data.
import type { ViewId } from '../../app/router';

const PLANNED: Partial<Record<ViewId, { title: string; items: string[] }>> = {
  deposits: {
    title: 'Deposits',
    items: ['An offline map of Pakistan with every deposit in the dataset', 'Filters, search and a synced table', 'Deposit profiles with sources, ownership and financing', 'CSV and Excel export'],
  },
  roadmap: {
    title: 'Roadmap',
    items: ['The three phases as a timeline from the first consignment (2 October 2025)', 'Dated milestones with sources', 'Phase timing that drives linked scenarios'],
  },
  scenarios: {
    title: 'Scenarios',
    items: ['Project economics: cash flows, NPV, IRR, payback, government take', 'Sensitivity and Monte Carlo risk', 'Scenario files in your workspace, comparison and Excel export'],
  },
  risks: {
    title: 'Risks & Policy',
    items: ["The article's six challenge categories with their solutions, word for word", 'A likelihood × impact heatmap', 'Policy initiatives with sources'],
  },
  briefing: {
    title: 'Briefing',
    items: ['Choose and order sections', 'Brand, date and classify a briefing', 'Export a print-quality, sourced PDF'],
  },
};

export function PendingView({ view }: { view: ViewId }) {
  const plan = PLANNED[view];
  return (
    <section className="view pending" aria-labelledby="pending-title" data-view-ready={view}>
      <h1 id="pending-title">{plan?.title ?? view}</h1>
      <p>This view is not available in this version yet. It will hold:</p>
      <ul>{plan?.items.map((i) => <li key={i}>{i}</li>)}</ul>
    </section>
  );
}
