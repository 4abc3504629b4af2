// Why: every printed page carries a running header (title, classification) and footer (classification,
// "Page X of Y"). Chromium's header/footer templates render outside the document and cannot use its web
// fonts, so they fell back to whatever the system had (DejaVu, Kufi). CSS page-margin boxes are laid out with
// the document's own bundled fonts and directions, so the frame is drawn here, as @page rules.
import { pageLabelsFor } from '../../../shared/briefing/page-labels';
import type { BriefingSpec } from '../../../shared/briefing/spec';

/** The bundled families only: a generic family would let a system font into the PDF. */
export const PRINT_FONT_STACK: Record<BriefingSpec['language'], string> = {
  en: "'Noto Sans', 'Noto Sans Math', 'Noto Sans Symbols 2', 'Noto Naskh Arabic'",
  ur: "'Noto Naskh Arabic', 'Noto Sans', 'Noto Sans Math', 'Noto Sans Symbols 2'",
};

/** A CSS string literal: quotes, backslashes and line breaks escaped, so a title can never end the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f]+/g, ' ')}"`;
}

/** @page rules for the running header and footer of a briefing; `edition` names the data edition on every page. */
export function pageFrameCss(spec: Pick<BriefingSpec, 'title' | 'classification' | 'language'>, edition = ''): string {
  const labels = pageLabelsFor(spec);
  // Margin boxes are physical: in a right-to-left briefing the title and page number swap sides.
  const [start, end] = labels.dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const box = [
    `font-family: ${PRINT_FONT_STACK[spec.language]}`,
    'font-size: 9pt',
    'font-weight: 400',
    'color: #4a5868',
    `direction: ${labels.dir}`,
    'unicode-bidi: isolate',
    'white-space: nowrap',
    'overflow: hidden',
    'text-overflow: ellipsis',
  ].join('; ');
  const mark = spec.classification.trim();
  const page = `${cssString(`${labels.page} `)} counter(page) ${cssString(` ${labels.of} `)} counter(pages)`;
  const rules = [
    `@top-${start} { content: ${cssString(spec.title)}; ${box}; text-align: ${start}; }`,
    // Spaced capitals are a Latin convention; spacing would break the joining of Arabic-script letters.
    mark &&
      `@top-${end} { content: ${cssString(mark.toUpperCase())}; ${box}; font-weight: 700; letter-spacing: ${spec.language === 'ur' ? 0 : '0.04em'}; text-align: ${end}; }`,
    mark && `@bottom-${start} { content: ${cssString(mark)}; ${box}; text-align: ${start}; }`,
    edition && `@bottom-center { content: ${cssString(edition)}; ${box}; text-align: center; }`,
    `@bottom-${end} { content: ${page}; ${box}; text-align: ${end}; }`,
  ].filter(Boolean);
  return `@page { ${rules.join(' ')} }`;
}
