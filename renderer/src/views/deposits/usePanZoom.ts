// Why: pan and zoom by mouse (drag, wheel), touch (one-finger drag, two-finger pinch) and keyboard, applied
// as one transform on a <g>. The transform lives in a ref and is written straight to the DOM: a wheel
// tick or a drag step must not re-render the map or its thousands of markers.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { MAP_H, MAP_W } from './mapGeometry';

const MIN_K = 1;
const MAX_K = 16;
const PAN_STEP = 40;
/** Pointer travel (viewBox units) before a press becomes a drag and no longer clicks a marker. */
const DRAG_THRESHOLD = 4;

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface PanZoom {
  /** The current transform (viewBox units), read by the canvas marker layer on each draw. */
  view(): View;
  zoomBy(factor: number): void;
  reset(): void;
  onKeyDown(e: KeyboardEvent): void;
  /** True just after a drag, so the click that ends it does not select a marker. */
  wasDrag(): boolean;
}

function clampView(v: View): View {
  const k = Math.min(MAX_K, Math.max(MIN_K, v.k));
  // Never pan past the frame: the outlines are clipped to it.
  return { k, x: Math.min(0, Math.max(MAP_W - MAP_W * k, v.x)), y: Math.min(0, Math.max(MAP_H - MAP_H * k, v.y)) };
}

export function usePanZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  groupRef: RefObject<SVGGElement | null>,
  onChange?: () => void,
): PanZoom {
  const view = useRef<View>({ k: 1, x: 0, y: 0 });
  const dragged = useRef(false);
  const changed = useRef(onChange);
  changed.current = onChange;

  const apply = useCallback(
    (next: View) => {
      view.current = clampView(next);
      const g = groupRef.current;
      if (!g) return;
      const { k, x, y } = view.current;
      g.setAttribute('transform', `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${k.toFixed(4)})`);
      // Markers and labels read this to keep a constant on-screen size at any zoom.
      g.style.setProperty('--inv-k', String(1 / k));
      changed.current?.();
    },
    [groupRef],
  );

  /** Zooms keeping the viewBox point (px, py) fixed under the cursor or fingers. */
  const zoomAt = useCallback(
    (factor: number, px: number, py: number) => {
      const v = view.current;
      const k = Math.min(MAX_K, Math.max(MIN_K, v.k * factor));
      const f = k / v.k;
      apply({ k, x: px - (px - v.x) * f, y: py - (py - v.y) * f });
    },
    [apply],
  );

  const toViewBox = useCallback(
    (clientX: number, clientY: number): [number, number] => {
      const svg = svgRef.current;
      const m = svg?.getScreenCTM();
      if (!svg || !m) return [MAP_W / 2, MAP_H / 2];
      const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
      return [p.x, p.y];
    },
    [svgRef],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const pointers = new Map<number, [number, number]>();
    let start: { x: number; y: number; view: View; pinch: number | null; mid: [number, number] } | null = null;

    const begin = () => {
      const pts = [...pointers.values()];
      const [a, b] = pts;
      const mid: [number, number] = a && b ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : (a ?? [0, 0]);
      start = {
        x: mid[0],
        y: mid[1],
        view: { ...view.current },
        pinch: a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : null,
        mid,
      };
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      pointers.set(e.pointerId, toViewBox(e.clientX, e.clientY));
      dragged.current = false;
      begin();
    };
    const move = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId) || !start) return;
      pointers.set(e.pointerId, toViewBox(e.clientX, e.clientY));
      const pts = [...pointers.values()];
      const [a, b] = pts;
      if (!a) return;
      if (b && start.pinch) {
        const dist = Math.hypot(a[0] - b[0], a[1] - b[1]);
        const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const k = Math.min(MAX_K, Math.max(MIN_K, start.view.k * (dist / start.pinch)));
        const f = k / start.view.k;
        dragged.current = true;
        apply({ k, x: mid[0] - (start.mid[0] - start.view.x) * f, y: mid[1] - (start.mid[1] - start.view.y) * f });
        return;
      }
      // Positions are in viewBox units, which the current transform does not change.
      const dx = a[0] - start.x;
      const dy = a[1] - start.y;
      if (!dragged.current && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!dragged.current) {
        dragged.current = true;
        svg.setPointerCapture(e.pointerId);
        svg.classList.add('is-dragging');
      }
      apply({ k: start.view.k, x: start.view.x + dx, y: start.view.y + dy });
    };
    const up = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      svg.classList.remove('is-dragging');
      if (pointers.size > 0) begin();
      else start = null;
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const [px, py] = toViewBox(e.clientX, e.clientY);
      zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), px, py);
    };
    svg.addEventListener('pointerdown', down);
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerup', up);
    svg.addEventListener('pointercancel', up);
    // Wheel must be non-passive to stop the page scrolling while zooming the map.
    svg.addEventListener('wheel', wheel, { passive: false });
    return () => {
      svg.removeEventListener('pointerdown', down);
      svg.removeEventListener('pointermove', move);
      svg.removeEventListener('pointerup', up);
      svg.removeEventListener('pointercancel', up);
      svg.removeEventListener('wheel', wheel);
    };
  }, [svgRef, apply, zoomAt, toViewBox]);

  const zoomBy = useCallback((factor: number) => zoomAt(factor, MAP_W / 2, MAP_H / 2), [zoomAt]);
  const reset = useCallback(() => apply({ k: 1, x: 0, y: 0 }), [apply]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const v = view.current;
      const handled = (() => {
        switch (e.key) {
          case '+':
          case '=':
            zoomBy(1.5);
            return true;
          case '-':
          case '_':
            zoomBy(1 / 1.5);
            return true;
          case '0':
            reset();
            return true;
          case 'ArrowLeft':
            apply({ ...v, x: v.x + PAN_STEP });
            return true;
          case 'ArrowRight':
            apply({ ...v, x: v.x - PAN_STEP });
            return true;
          case 'ArrowUp':
            apply({ ...v, y: v.y + PAN_STEP });
            return true;
          case 'ArrowDown':
            apply({ ...v, y: v.y - PAN_STEP });
            return true;
          default:
            return false;
        }
      })();
      if (handled) e.preventDefault();
    },
    [apply, reset, zoomBy],
  );

  const wasDrag = useCallback(() => dragged.current, []);
  const current = useCallback(() => view.current, []);
  return { view: current, zoomBy, reset, onKeyDown, wasDrag };
}
