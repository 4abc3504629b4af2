// Why: the map must stay fast with thousands of deposits. Markers are plain SVG elements built once per
// deposit list and then only patched (shown/hidden, highlighted), outside React's reconciliation, so a
// keystroke in the search box costs a pass over a Map, not thousands of component renders.
import { stageShapePath, type SizeScale } from '../../../../shared/deposits/markers';
import { sizeFigure } from '../../../../shared/deposits/export';
import type { Deposit } from '../../../../shared/model/dataset';
import { i18n } from '../../i18n';
import { projectPoint } from './mapGeometry';
import { depositLabels, type DepositLabels } from './useLabels';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MarkerLayer {
  /** Shows exactly the deposits in `ids`; touches only markers whose visibility changed. */
  setVisible(ids: ReadonlySet<string>): void;
  setSelected(id: string | null): void;
  setHover(id: string | null): void;
  /** Centre and radius of a shown marker in CSS px from the map's top-left corner; null when hidden. */
  anchor(id: string): { x: number; y: number; r: number } | null;
  dispose(): void;
  /** Deposits with a location that could be drawn. */
  readonly drawn: number;
}

/** What a screen reader hears on a marker (in the current language); the same facts the tooltip shows. */
export function markerLabel(d: Deposit, L: DepositLabels = depositLabels()): string {
  const t = i18n.getFixedT(null, 'deposits');
  const parts = [
    d.name,
    L.minerals(d.minerals),
    L.stage(d.stage),
    `${d.district}${t('listSeparator')}${L.province(d.province)}`,
  ];
  const fig = sizeFigure(d);
  if (d.size && fig) parts.push(`${L.figure(fig.id, fig.label)} ${L.quantity(d.size.value, d.size.unit)}`);
  if (d.location?.approximate) parts.push(t('map.marker.approx', { precision: d.location.precision }));
  if (d.origin === 'user') parts.push(t('map.marker.user', { name: d.packName ?? t('dataPack') }));
  return parts.join(t('sourceSeparator'));
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * Replaces the layer's children with one marker per located deposit, largest first so small ones stay clickable
 * on top. Each marker is as few elements as possible (a positioned <g>, its shape, a halo only when approximate):
 * showing or hiding thousands of them costs style and layout in proportion to the element count.
 * Not `interactive` (on paper): plain graphics, neither focusable nor labelled, since nothing can press them.
 */
export function buildMarkerLayer(
  layer: SVGGElement,
  deposits: readonly Deposit[],
  scale: SizeScale,
  { interactive }: { interactive: boolean },
): MarkerLayer {
  const items: { d: Deposit; x: number; y: number; r: number }[] = [];
  for (const d of deposits) {
    if (!d.location) continue;
    const p = projectPoint(d.location.lon, d.location.lat);
    if (!p) continue;
    items.push({ d, x: p[0], y: p[1], r: scale.radius(d.size?.value ?? null) });
  }
  items.sort((a, b) => b.r - a.r || a.d.name.localeCompare(b.d.name));

  const byId = new Map<string, SVGGElement>();
  const shown = new Map<string, boolean>();
  const frag = document.createDocumentFragment();
  const labels = depositLabels();
  for (const { d, x, y, r } of items) {
    const classes = ['mk', `mk-g-${d.mineralGroup}`, `mk-s-${d.stage}`];
    if (d.location?.approximate) classes.push('mk-approx');
    if (d.size === null) classes.push('mk-unsized');
    if (d.origin === 'user') classes.push('mk-user');
    const g = el('g', {
      class: classes.join(' '),
      transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})`,
      ...(interactive ? { tabindex: '0', role: 'button', 'aria-label': markerLabel(d, labels) } : {}),
      'data-id': d.id,
      'data-testid': 'map-marker',
    });
    if (d.location?.approximate) g.appendChild(el('circle', { class: 'mk-halo', r: (r + 3.5).toFixed(1) }));
    g.appendChild(el('path', { class: 'mk-shape', d: stageShapePath(d.stage, r) }));
    frag.appendChild(g);
    byId.set(d.id, g);
    shown.set(d.id, true);
  }
  layer.replaceChildren(frag);

  let selected: string | null = null;
  let hover: string | null = null;
  const toggle = (id: string | null, cls: string, on: boolean) => {
    if (id) byId.get(id)?.classList.toggle(cls, on);
  };

  return {
    drawn: items.length,
    anchor(id) {
      const node = byId.get(id);
      const svg = layer.ownerSVGElement;
      if (!node || !svg || shown.get(id) === false) return null;
      const m = node.getBoundingClientRect();
      const f = svg.getBoundingClientRect();
      return { x: m.left + m.width / 2 - f.left, y: m.top + m.height / 2 - f.top, r: m.height / 2 };
    },
    dispose() {
      layer.replaceChildren();
    },
    setVisible(ids) {
      for (const [id, node] of byId) {
        const want = ids.has(id);
        if (shown.get(id) === want) continue;
        shown.set(id, want);
        // visibility (not display) so showing a marker reuses its computed style and needs no SVG layout;
        // a hidden element is also out of the tab order and ignores the pointer.
        if (want) node.removeAttribute('visibility');
        else node.setAttribute('visibility', 'hidden');
      }
    },
    setSelected(id) {
      toggle(selected, 'is-selected', false);
      if (selected) byId.get(selected)?.removeAttribute('aria-current');
      selected = id;
      toggle(selected, 'is-selected', true);
      if (selected) byId.get(selected)?.setAttribute('aria-current', 'true');
    },
    setHover(id) {
      toggle(hover, 'is-hover', false);
      hover = id;
      toggle(hover, 'is-hover', true);
    },
  };
}

/** The deposit id of the marker an event happened on, if any. */
export function markerIdOf(target: EventTarget | null): string | null {
  const node = target instanceof Element ? target.closest<SVGGElement>('.mk') : null;
  return node?.dataset.id ?? null;
}
