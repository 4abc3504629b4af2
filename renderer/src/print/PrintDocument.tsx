// Why: the ONE component that lays out a briefing on paper. The print route renders it for the PDF and the
// builder renders it as the live preview, so what the user previews is what gets printed. Each section
// starts on a new page, headings are h1 (the PDF outline follows them), and every figure is cited.
import './print.css';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { CitationRegistry } from '../../../shared/briefing/citations';
import { pageBox } from '../../../shared/briefing/paper';
import type { BriefingSpec, Section } from '../../../shared/briefing/spec';
import { i18n, LANGUAGES } from '../i18n';
import { useData } from '../stores/data';
import { CitationContext } from './citations';
import type { ResolvedScenario } from '../../../shared/workspace/scenario-refs';
import type { PrintInputs } from './inputs';
import { activeEdition } from '../../../shared/data';
import { editionLabel } from '../../../shared/edition/label';
import { pageFrameCss, PRINT_FONT_STACK } from './pageFrame';
import { CoverPage } from './sections/Cover';
import { DepositsSection, ProfilesSection } from './sections/Deposits';
import { RisksSection, RoadmapSection } from './sections/RoadmapRisks';
import { ComparisonSection, ScenarioSection } from './sections/Scenario';
import { SourcesSection } from './sections/Sources';
import { SummarySection } from './sections/Summary';
import { ChangesSection } from './sections/Changes';

export interface PrintDocumentProps {
  spec: BriefingSpec;
  inputs: PrintInputs;
  /** On-screen preview: draws page boxes; print: the page is the paper. */
  mode: 'print' | 'preview';
  /** The roadmap's "today" line; fixed by the caller so a preview and its PDF agree. */
  today?: Date;
}

const translators = new Map<string, typeof i18n>();
/** A translator fixed to the briefing's language, so the document can differ from the app's UI language. */
function translatorFor(lang: BriefingSpec['language']) {
  let t = translators.get(lang);
  if (!t) {
    t = i18n.cloneInstance({ lng: lang, initAsync: false });
    translators.set(lang, t);
  }
  return t;
}

export function sectionTitle(
  t: (k: string, o?: Record<string, unknown>) => string,
  s: Section,
  scenarios: ReadonlyMap<string, ResolvedScenario>,
): string {
  if (s.type === 'scenario') return t('sectionTitle.scenario', { name: scenarios.get(s.source)?.label ?? s.source });
  return t(`sectionTitle.${s.type}`);
}

function SectionBody({
  section,
  spec,
  inputs,
  contentWidth,
  contents,
  today,
}: {
  section: Section;
  spec: BriefingSpec;
  inputs: PrintInputs;
  contentWidth: number;
  contents: string[];
  today: Date;
}) {
  switch (section.type) {
    case 'cover':
      return <CoverPage spec={spec} contents={contents} />;
    case 'summary':
      return <SummarySection contentWidth={contentWidth} />;
    case 'deposits':
      return <DepositsSection deposits={inputs.deposits} filter={section.filter} />;
    case 'profiles':
      return <ProfilesSection deposits={inputs.deposits} ids={section.depositIds} />;
    case 'roadmap':
      return <RoadmapSection state={inputs.roadmap} today={today} />;
    case 'risks':
      return <RisksSection scores={inputs.riskScores} />;
    case 'scenario': {
      const item = inputs.scenarios.get(section.source);
      return item ? <ScenarioSection item={item} contentWidth={contentWidth} /> : null;
    }
    case 'comparison':
      return (
        <ComparisonSection
          items={section.sources.flatMap((r) => inputs.scenarios.get(r) ?? [])}
          contentWidth={contentWidth}
        />
      );
    case 'sources':
      return <SourcesSection />;
    case 'changes':
      return <ChangesSection language={spec.language} />;
  }
}

function DocumentBody({ spec, inputs, mode, today }: Required<PrintDocumentProps>) {
  const { t } = useTranslation('briefing');
  const sources = useData((s) => s.sources);
  // A fresh registry per render of the document's inputs: numbering restarts and follows the new order.
  const registry = useMemo(() => new CitationRegistry((id) => sources.get(id)), [spec, inputs, sources]);
  const box = pageBox(spec);
  const enabled = spec.sections.filter((s) => s.enabled);
  const contents = enabled.filter((s) => s.type !== 'cover').map((s) => sectionTitle(t, s, inputs.scenarios));
  const style = {
    '--page-w': `${box.pageWidthIn}in`,
    '--page-h': `${box.pageHeightIn}in`,
    '--content-w': `${box.contentWidthIn}in`,
    '--content-h': `${box.contentHeightIn}in`,
    '--font': PRINT_FONT_STACK[spec.language],
  } as CSSProperties;
  const lang = spec.language;
  return (
    <CitationContext.Provider value={registry}>
      <article
        className={`print-doc print-${mode} paper-${spec.paper.toLowerCase()} ${spec.orientation}`}
        lang={lang}
        dir={LANGUAGES[lang].dir}
        style={style}
        data-testid="print-document"
        aria-label={spec.title}
      >
        {mode === 'print' && <style>{pageFrameCss(spec, editionLabel(activeEdition().meta, lang))}</style>}
        {enabled.map((s, i) => (
          <PrintSection key={`${i}-${s.type}`} type={s.type}>
            <SectionBody
              section={s}
              spec={spec}
              inputs={inputs}
              contentWidth={box.contentWidthPx}
              contents={contents}
              today={today}
            />
          </PrintSection>
        ))}
      </article>
    </CitationContext.Provider>
  );
}

function PrintSection({ type, children }: { type: Section['type']; children: ReactNode }) {
  return (
    <section className={`print-section print-section-${type}`} data-section={type}>
      {children}
    </section>
  );
}

export function PrintDocument({ spec, inputs, mode, today }: PrintDocumentProps) {
  const fixedToday = useMemo(() => today ?? new Date(`${spec.date}T12:00:00Z`), [today, spec.date]);
  return (
    <I18nextProvider i18n={translatorFor(spec.language)}>
      <DocumentBody spec={spec} inputs={inputs} mode={mode} today={fixedToday} />
    </I18nextProvider>
  );
}
