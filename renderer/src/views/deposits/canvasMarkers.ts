// Why: past a few hundred deposits (a large data pack), one SVG element per marker makes every filter change
// pay style and layout for thousands of elements. Then the markers are painted on one canvas over the map
// instead: a filter change is a single redraw of a few milliseconds, hover and click use a hit test, and the
// keyboard reaches deposits through the list (thousands of tab stops on a map would not be usable anyway).
import { MAP_H, MAP_W, projectPoint } from './mapGeometry';
import type { MarkerLayer } from './markerLayer';
import type { SizeScale } from '../../../../shared/deposits/markers';
import type { Deposit, MineralGroup, Stage } from '../../../../shared/model/dataset';

/** Above this many located deposits the map draws markers on a canvas. */
export const SVG_MARKER_LIMIT = 400;

export interface MapView {
  k: number;
  x: number;
  y: number;
}

interface Item {
  id: string;
  x: number;
  y: number;
  r: number;
  stage: Stage;
  group: MineralGroup;
  approx: boolean;
  user: boolean;
}

/** Adds one marker's outline (same shapes as stageShapePath) to the current path, centred on cx, cy. */
function trace(ctx: CanvasRenderingContext2D, stage: Stage, cx: number, cy: number, r: number): void {
  switch (stage) {
    case 'producing':
      ctx.moveTo(cx + r, cy);
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      return;
    case 'development': {
      const s = r * 0.886;
      ctx.rect(cx - s, cy - s, 2 * s, 2 * s);
      return;
    }
    case 'exploration': {
      const a = r * 1.347;
      ctx.moveTo(cx, cy - a * 1.1547);
      ctx.lineTo(cx + a, cy + a * 0.5774);
      ctx.lineTo(cx - a, cy + a * 0.5774);
      ctx.closePath();
      return;
    }
    case 'prospect': {
      const d = r * 1.253;
      ctx.moveTo(cx, cy - d);
      ctx.lineTo(cx + d, cy);
      ctx.lineTo(cx, cy + d);
      ctx.lineTo(cx - d, cy);
      ctx.closePath();
    }
  }
}

export interface CanvasMarkerLayer extends MarkerLayer {
  /** The deposit whose marker is under a viewBox point, if any. */
  hitTest(vx: number, vy: number): string | null;
  redraw(): void;
}

export function buildCanvasLayer(
  canvas: HTMLCanvasElement,
  deposits: readonly Deposit[],
  scale: SizeScale,
  view: () => MapView,
): CanvasMarkerLayer {
  const items: Item[] = [];
  for (const d of deposits) {
    const p = d.location ? projectPoint(d.location.lon, d.location.lat) : null;
    if (!p) continue;
    items.push({
      id: d.id,
      x: p[0],
      y: p[1],
      r: scale.radius(d.size?.value ?? null),
      stage: d.stage,
      group: d.mineralGroup,
      approx: Boolean(d.location?.approximate),
      user: d.origin === 'user',
    });
  }
  items.sort((a, b) => b.r - a.r);
  const byId = new Map(items.map((it) => [it.id, it]));
  let visible: ReadonlySet<string> = new Set(byId.keys());
  let selected: string | null = null;
  let hover: string | null = null;

  const draw = () => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const cssW = canvas.clientWidth;
    const cssH = canvas.clientHeight;
    if (canvas.width !== Math.round(cssW * dpr) || canvas.height !== Math.round(cssH * dpr)) {
      canvas.width = Math.round(cssW * dpr);
      canvas.height = Math.round(cssH * dpr);
    }
    const a = (cssW / MAP_W) * dpr;
    const { k, x: tx, y: ty } = view();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(a, 0, 0, a, 0, 0);
    const resolve = tokenResolver(canvas);
    const colour = (g: string) => resolve(`--mk-${g}`);
    const fills = new Map<MineralGroup, string>();
    const stroke = resolve('--mk-stroke');
    const halos: Item[] = [];
    // One path, one fill and one stroke per mineral group: thousands of separate fill calls cost far more
    // to record and rasterise. Within a group, larger markers are traced first.
    const byGroup = new Map<MineralGroup, Item[]>();
    for (const it of items) {
      if (!visible.has(it.id)) continue;
      const cx = it.x * k + tx;
      const cy = it.y * k + ty;
      if (cx < -20 || cy < -20 || cx > MAP_W + 20 || cy > MAP_H + 20) continue;
      let list = byGroup.get(it.group);
      if (!list) byGroup.set(it.group, (list = []));
      list.push(it);
      if (it.approx) halos.push(it);
    }
    ctx.lineWidth = 1.3;
    ctx.strokeStyle = stroke;
    for (const [group, list] of byGroup) {
      const fill = colour(group);
      fills.set(group, fill);
      ctx.fillStyle = fill;
      ctx.beginPath();
      for (const it of list) trace(ctx, it.stage, it.x * k + tx, it.y * k + ty, it.r);
      ctx.fill();
      ctx.stroke();
    }
    // All halos in one dashed path: one stroke call instead of thousands.
    if (halos.length) {
      ctx.beginPath();
      for (const it of halos) {
        const cx = it.x * k + tx;
        const cy = it.y * k + ty;
        ctx.moveTo(cx + it.r + 3.5, cy);
        ctx.arc(cx, cy, it.r + 3.5, 0, Math.PI * 2);
      }
      ctx.setLineDash([2.5, 2]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = resolve('--text-muted');
      ctx.stroke();
      ctx.setLineDash([]);
    }
    for (const [id, cssVar, width] of [
      [hover, '--text', 2.5],
      [selected, '--accent', 3.5],
    ] as const) {
      const it = id ? byId.get(id) : undefined;
      if (!it || !visible.has(it.id)) continue;
      ctx.beginPath();
      trace(ctx, it.stage, it.x * k + tx, it.y * k + ty, it.r);
      ctx.fillStyle = fills.get(it.group) ?? colour(it.group);
      ctx.fill();
      ctx.lineWidth = width;
      ctx.strokeStyle = resolve(cssVar);
      ctx.stroke();
    }
  };

  let frame = 0;
  const redraw = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  draw();

  return {
    drawn: items.length,
    // Filter and selection changes draw at once, so the map is never a frame behind the table.
    setVisible(ids) {
      visible = ids;
      draw();
    },
    setSelected(id) {
      selected = id;
      draw();
    },
    setHover(id) {
      if (id === hover) return;
      hover = id;
      draw();
    },
    anchor(id) {
      const it = byId.get(id);
      if (!it || !visible.has(id)) return null;
      const { k, x, y } = view();
      const s = canvas.clientWidth / MAP_W;
      return { x: (it.x * k + x) * s, y: (it.y * k + y) * s, r: it.r * s };
    },
    hitTest(vx, vy) {
      const { k, x, y } = view();
      // Topmost first: the last drawn (smallest) marker under the point wins.
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i]!;
        if (!visible.has(it.id)) continue;
        if (Math.hypot(it.x * k + x - vx, it.y * k + y - vy) <= it.r + 2) return it.id;
      }
      return null;
    },
    redraw,
    dispose() {
      if (frame) cancelAnimationFrame(frame);
    },
  };
}

/**
 * Resolves colour tokens to concrete colours for the canvas. Tokens may be written as light-dark(a, b), which a
 * custom property keeps unresolved, so the value is read back through a probe element's computed `color`.
 */
function tokenResolver(host: HTMLElement): (token: string) => string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  host.parentElement?.appendChild(probe);
  const cache = new Map<string, string>();
  return (token) => {
    let value = cache.get(token);
    if (value === undefined) {
      probe.style.color = `var(${token})`;
      value = getComputedStyle(probe).color;
      cache.set(token, value);
    }
    if (token === '--accent') probe.remove();
    return value;
  };
}
