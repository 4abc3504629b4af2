// Why: a unit is written one way everywhere: currencies before the number ("USD 1,922/t", "USD 12,270–12,430/t",
// "USD 5.6–6 bn"), percent glued to it ("32–35% Fe", "2.1%"), everything else after a space ("45 Mtpa").
// Word units ("years", "jobs") are named in the reader's language through `unitName`; a score on a scale reads
// "4/5", not "4 score 1–5".

/** Translates a word unit ("years") for the reader; returns the unit unchanged when it has no translation. */
export type UnitNamer = (unit: string, count: number) => string;

const CURRENCY = /^(USD|PKR|CNY|EUR|GBP)(?:\s+|(?=\/)|$)(.*)$/;
const SCALE = /^\(?score \d+–(\d+)\)?$/;

/** Places `unit` around an already formatted number or range. */
export function withUnit(value: string, unit: string, unitName?: UnitNamer, count = 2): string {
  if (!unit) return value;
  const m = CURRENCY.exec(unit);
  if (m) {
    const rest = m[2] ?? '';
    // "USD/t" → "USD 1,922/t"; "USD m" → "USD 412 m"; "USD m/yr" → "USD 12 m/yr".
    return `${m[1]} ${value}${rest ? (rest.startsWith('/') ? rest : ` ${rest}`) : ''}`;
  }
  if (unit.startsWith('%')) return `${value}${unit}`;
  const scale = SCALE.exec(unit);
  if (scale) return `${value}/${scale[1]}`;
  return `${value} ${unitName ? unitName(unit, count) : unit}`;
}
