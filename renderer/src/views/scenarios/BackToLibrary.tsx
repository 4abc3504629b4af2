// Why: the editor and the comparison both lead back to the scenario library the same way: a real link (so it
// can be opened, copied and read as a link) that navigates in place.
import { useRouter } from '../../app/router';
import { useT } from './useT';

export function BackToLibrary() {
  const t = useT();
  const navigate = useRouter((s) => s.navigate);
  return (
    <a
      href="#/scenarios"
      className="scn-back"
      onClick={(e) => {
        e.preventDefault();
        navigate('scenarios');
      }}
    >
      {t('editor.back')}
    </a>
  );
}
