// Why: a briefing and the talk given from it travel together. The talk is the slide deck's order, the
// slides hidden for this audience, the deposit and scenario the two "pick one" slides show, and the
// presenter's notes per slide; it is saved inside the briefing spec (see spec.ts, schema version 2).
import { z } from 'zod';

/** Every slide the deck can show, in the default order. */
export const SLIDE_IDS = ['title', 'figures', 'consignment', 'map', 'deposit', 'roadmap', 'risks', 'scenario'] as const;
export const SlideIdSchema = z.enum(SLIDE_IDS);
export type SlideId = z.infer<typeof SlideIdSchema>;

export const TalkSchema = z.object({
  /** The deck's order; slides missing from the list (added by a later app version) follow in default order. */
  order: z
    .array(SlideIdSchema)
    .max(SLIDE_IDS.length)
    .refine((ids) => new Set(ids).size === ids.length, 'each slide may appear only once in the order')
    .default([]),
  hidden: z.array(SlideIdSchema).max(SLIDE_IDS.length).default([]),
  /** Deposit id for the deposit slide; empty = Reko Diq. */
  deposit: z.string().max(120).default(''),
  /** Scenario reference for the scenario slide (preset:<id> or a scenario file name); empty = the Reko Diq preset. */
  scenario: z.string().max(200).default(''),
  notes: z.partialRecord(SlideIdSchema, z.string().max(20_000)).default({}),
});
export type Talk = z.infer<typeof TalkSchema>;

export function defaultTalk(): Talk {
  return { order: [], hidden: [], deposit: '', scenario: '', notes: {} };
}

/** The full order: the talk's own, then any slide it does not list, in default order. */
export function slideOrder(talk: Pick<Talk, 'order'>): SlideId[] {
  return [...talk.order, ...SLIDE_IDS.filter((id) => !talk.order.includes(id))];
}

/** The slides shown, in order (hidden ones skipped). A talk never hides every slide: the title then stays. */
export function visibleSlides(talk: Pick<Talk, 'order' | 'hidden'>): SlideId[] {
  const shown = slideOrder(talk).filter((id) => !talk.hidden.includes(id));
  return shown.length > 0 ? shown : ['title'];
}

/** Moves a slide one place earlier (-1) or later (+1) in the full order. */
export function moveSlide(talk: Talk, id: SlideId, delta: -1 | 1): Talk {
  const order = slideOrder(talk);
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return talk;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...talk, order };
}

export function toggleHidden(talk: Talk, id: SlideId): Talk {
  return { ...talk, hidden: talk.hidden.includes(id) ? talk.hidden.filter((h) => h !== id) : [...talk.hidden, id] };
}
