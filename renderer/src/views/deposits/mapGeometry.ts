// Why: the map is drawn offline from bundled Natural Earth data (no tiles, nothing fetched). Projecting and
// clipping the outlines costs tens of milliseconds, so it happens once per app session, on first use,
// and every render reuses the same path strings.
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
// Imported as text and parsed on first use: the bundled JSON stays out of the type checker (it would infer a
// type for 0.7 MB of arcs) and out of the renderer's file list; JSON.parse is also faster than a JS literal.
import worldText from 'world-atlas/countries-50m.json?raw';
import admin1Text from '../../assets/geo/pakistan-admin1.topo.json?raw';

export const MAP_W = 760;
export const MAP_H = 620;

/** ISO 3166 numeric ids of Pakistan and the countries that fall inside the map's frame. */
const PAKISTAN = '586';
const NEIGHBOURS = ['004', '364', '356', '156', '762', '795', '512', '784', '860', '417'];

/**
 * Natural Earth's admin-1 file predates 2010/2018 renamings; the app shows current names
 * (see assets/geo/ATTRIBUTION.md). F.A.T.A. was merged into Khyber Pakhtunkhwa in 2018, so the line between them is not drawn.
 */
const PROVINCE_NAME: Record<string, string> = {
  Baluchistan: 'Balochistan',
  Sind: 'Sindh',
  'N.W.F.P.': 'Khyber Pakhtunkhwa',
  'F.A.T.A.': 'Khyber Pakhtunkhwa',
  'Northern Areas': 'Gilgit-Baltistan',
  'F.C.T.': 'Islamabad Capital Territory',
  Punjab: 'Punjab',
  'Azad Kashmir': 'Azad Kashmir',
};

/** Preferred label anchors (lon, lat); labelPlacement nudges each clear of markers and of the names placed before it. */
const PROVINCE_LABELS: { text: string; at: [number, number] }[] = [
  { text: 'Balochistan', at: [65.2, 27.5] },
  { text: 'Sindh', at: [68.4, 26.6] },
  { text: 'Punjab', at: [72.4, 30.3] },
  { text: 'Khyber Pakhtunkhwa', at: [71.2, 34.9] },
  { text: 'Gilgit-Baltistan', at: [74.6, 36.7] },
];
const COUNTRY_LABELS: { text: string; at: [number, number] }[] = [
  { text: 'AFGHANISTAN', at: [65.6, 33.6] },
  { text: 'IRAN', at: [59.6, 27.6] },
  { text: 'INDIA', at: [75.2, 27.2] },
  { text: 'CHINA', at: [77.8, 36.6] },
  { text: 'TAJIKISTAN', at: [71.4, 37.2] },
  { text: 'Arabian Sea', at: [64.2, 23.6] },
];

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  kind: 'country' | 'province' | 'sea';
}

export interface MapGeometry {
  projection: GeoProjection;
  neighbours: string;
  pakistan: string;
  provinces: string;
  labels: MapLabel[];
}

// Types come from topojson-client's own signatures, so no extra type package is needed.
type Topo = Parameters<typeof mesh>[0];
type GeometryObject = NonNullable<Parameters<typeof mesh>[1]>;
type Collection = GeometryObject & { geometries: GeometryObject[] };

let cached: MapGeometry | null = null;

function build(): MapGeometry {
  const world = JSON.parse(worldText) as Topo;
  const admin = JSON.parse(admin1Text) as Topo;
  const geoms = (world.objects.countries as Collection).geometries;
  const pakGeom = geoms.find((g) => g.id === PAKISTAN)!;
  const pak = feature(world, pakGeom);
  const projection = geoConicEqualArea()
    .parallels([25, 35])
    .rotate([-69.5, 0])
    .fitExtent(
      [
        [30, 30],
        [MAP_W - 30, MAP_H - 30],
      ],
      pak,
    )
    // Clipping to the frame keeps the path strings short (China and India are mostly off-map).
    .clipExtent([
      [0, 0],
      [MAP_W, MAP_H],
    ]);
  const path = geoPath(projection).digits(1);
  const neighbours = geoms
    .filter((g) => NEIGHBOURS.includes(String(g.id)))
    .map((g) => path(feature(world, g)) ?? '')
    .join('');
  const name = (g: GeometryObject) => {
    const raw = String((g.properties as { name?: string } | undefined)?.name ?? '');
    return PROVINCE_NAME[raw] ?? raw;
  };
  const provinces = path(mesh(admin, admin.objects.pak as Collection, (a, b) => a !== b && name(a) !== name(b))) ?? '';
  const place = (at: [number, number]) => projection(at) ?? [-1, -1];
  const labels: MapLabel[] = [
    ...COUNTRY_LABELS.map(({ text, at }) => ({
      text,
      kind: text === 'Arabian Sea' ? ('sea' as const) : ('country' as const),
      x: place(at)[0],
      y: place(at)[1],
    })),
    ...PROVINCE_LABELS.map(({ text, at }) => ({ text, kind: 'province' as const, x: place(at)[0], y: place(at)[1] })),
  ].filter((l) => l.x > 40 && l.x < MAP_W - 40 && l.y > 10 && l.y < MAP_H - 10);
  return { projection, neighbours, pakistan: path(pak) ?? '', provinces, labels };
}

export function mapGeometry(): MapGeometry {
  cached ??= build();
  return cached;
}

/** Projected position of a deposit, or null when it has no location or falls outside the frame. */
export function projectPoint(lon: number, lat: number): [number, number] | null {
  const p = mapGeometry().projection([lon, lat]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
  return [p[0], p[1]];
}
