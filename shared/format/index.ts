// Why: THE one formatter for numbers, units, dates and direction runs, for the app, the PDFs, the slides and the
// exports. Import from here. The pieces:
//   number.ts  formatNumber / formatRange / formatPercent / formatRatioPercent / formatUsdM / formatCompact,
//              columnDigits (one format per table column), MINUS, DASH
//   units.ts   withUnit: "USD 1,922/t", "32–35% Fe", "45 Mtpa" (word units named per language)
//   date.ts    formatDate "2 Oct 2025" / "Sep 2025" / "2019", formatDateTime "1 Dec 2026, 09:53"
//   bidi.ts    directionOf / isolate / stripBidi: numbers, units, dates and Latin names in isolated runs
//   ticks.ts   niceTicks: 1-2-5 axis ticks for every chart
//   figures.ts formatFigureValue / formatAsOf / formatSourceLine for sourced figures
// In React use renderer/src/components/Bidi.tsx (<Bidi>, <Num>) and renderer/src/i18n/format.ts (locale-bound).
export * from './number';
export * from './units';
export * from './date';
export * from './bidi';
export * from './figures';
export * from './ticks';
