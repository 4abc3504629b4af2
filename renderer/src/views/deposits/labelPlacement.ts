// Why: a place name must never sit under a deposit's marker or on another name ("Balochistan" under a marker,
// "Gilgit-Baltistan" running into "CHINA"). Each name has a preferred anchor; this picks, per name, the nearest
// nudge of it whose measured text box is clear of every marker and every name already placed, so the map, the
// map slide (larger type) and the printed map, one DepositMap, keep their names readable in either language.

export interface LabelBox {
  /** The preferred anchor, in map units. */
  x: number;
  y: number;
  /** The set text's box relative to its anchor (SVG getBBox of text drawn at 0,0), in map units. */
  box: { x: number; y: number; width: number; height: number };
}
export interface Marker {
  x: number;
  y: number;
  r: number;
}

/** Room kept around a marker (its halo and the label's outline stroke) and between two names. */
const MARKER_GAP = 4;
const LABEL_GAP = 3;
/** Nudges tried, nearest first: along the line, then above/below, then diagonally, up to ~2 lines away. */
const NUDGES: [number, number][] = [[0, 0]];
for (const d of [8, 16, 24]) {
  NUDGES.push([0, -d], [0, d], [-1.5 * d, 0], [1.5 * d, 0], [-1.5 * d, -d], [1.5 * d, -d], [-1.5 * d, d], [1.5 * d, d]);
}

type Rect = { l: number; t: number; r: number; b: number };
const rectOf = ({ x, y, box }: LabelBox, dx: number, dy: number, gap: number): Rect => ({
  l: x + dx + box.x - gap,
  r: x + dx + box.x + box.width + gap,
  t: y + dy + box.y - gap,
  b: y + dy + box.y + box.height + gap,
});
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.r, b.r) - Math.max(a.l, b.l)) * Math.max(0, Math.min(a.b, b.b) - Math.max(a.t, b.t));
/** Area of `rect` inside the marker's bounding square (enough to rank candidates; zero means clear). */
const markerOverlap = (rect: Rect, m: Marker) => {
  const r = m.r + MARKER_GAP;
  return overlap(rect, { l: m.x - r, r: m.x + r, t: m.y - r, b: m.y + r });
};

/**
 * Places `labels` in order (earlier ones win a contested spot), each at its anchor when clear, else at the nearest
 * clear nudge, else at the nudge that covers least. Returns the chosen baseline positions, one per label.
 */
export function placeLabels(labels: readonly LabelBox[], markers: readonly Marker[]): { x: number; y: number }[] {
  const placed: Rect[] = [];
  return labels.map((label) => {
    let best = { dx: 0, dy: 0, cost: Infinity };
    for (const [dx, dy] of NUDGES) {
      const rect = rectOf(label, dx, dy, 0);
      const spaced = rectOf(label, dx, dy, LABEL_GAP);
      const cost =
        markers.reduce((s, m) => s + markerOverlap(rect, m), 0) + placed.reduce((s, p) => s + overlap(spaced, p), 0);
      if (cost < best.cost) best = { dx, dy, cost };
      if (cost === 0) break;
    }
    placed.push(rectOf(label, best.dx, best.dy, 0));
    return { x: label.x + best.dx, y: label.y + best.dy };
  });
}
