// Why: the IRR solver's tests pin its cost and digits on one realistic profile; one copy of it, shared by them.

/** After-tax flows of a 40-year copper-gold mine (USD m): three build years, ramp-up, a long plateau. */
export const MINE = [
  -1933.3,
  -1933.3,
  -1247.4,
  1480.6,
  1621.8,
  518.8,
  503.2,
  488.6,
  2363,
  3160.3,
  3304,
  3311,
  3087.4,
  3089.9,
  3092.4,
  3094.1,
  3095,
  3095,
  ...Array<number>(20).fill(2967.8),
  3285.9,
];
/** The same mine with closure and aftercare costs after the last production year (two sign changes). */
export const MINE_CLOSURE = [...MINE, -179, -4.5];
