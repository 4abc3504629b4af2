// Why: an edited scenario is the analyst's what-if, not the project's technical report; anything showing one says
// so, on screen and in print.
import { useT } from '../useT';
import './report.css';

export function IllustrativeStamp() {
  const t = useT();
  return (
    <div className="scn-stamp" role="note" data-testid="illustrative-stamp">
      {t('stamp')}
    </div>
  );
}
