// Why: every scenarios string comes from locales/<lang>/scenarios.json; importing the i18n module here makes
// sure the instance is initialised even when a report component is rendered on its own (print window, tests).
import { useTranslation } from 'react-i18next';
import '../../i18n';

export function useT() {
  return useTranslation('scenarios').t;
}
export type TFn = ReturnType<typeof useT>;
