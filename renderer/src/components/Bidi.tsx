// Why: the one way to set a number, a unit, a date or a Latin name inside text that may run right to left: an
// isolated run (<bdi> with an explicit dir) whose direction comes from shared/format/bidi, so "USD 18,317 m",
// "−30%" and "Dawn, 27 Feb 2026" keep their order in Urdu. For plain strings (SVG text, titles) use `isolate`.
import { directionOf, type Direction } from '../../../shared/format/bidi';
import './bidi.css';

/** Isolates `children` in the direction of its text (first strong letter; digits and signs alone read ltr). */
export function Bidi({
  children,
  dir,
  className,
  testId,
}: {
  children: string;
  dir?: Direction;
  className?: string;
  testId?: string;
}) {
  return (
    <bdi dir={dir ?? directionOf(children)} className={className} data-testid={testId}>
      {children}
    </bdi>
  );
}

/** A formatted number with its unit ("USD 412 m", "−30%", "8.5 سال"), isolated, on one line (bidi.css). */
export function Num({ children, testId }: { children: string; testId?: string }) {
  return (
    <Bidi className="num-run" testId={testId}>
      {children}
    </Bidi>
  );
}
