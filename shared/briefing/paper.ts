// Why: the printed page and the in-app preview must agree on the page's content box, and the print options
// (margins) must leave room for the header and footer. One table of paper sizes and margins serves both.
import type { BriefingSpec } from './spec';

export const PAPER_IN = { A4: { w: 8.27, h: 11.69 }, Letter: { w: 8.5, h: 11 } } as const;
/** Room for a 9 pt header/footer line plus breathing space; sides match the print stylesheet's content box. */
export const PAGE_MARGINS_IN = { top: 0.8, bottom: 0.8, left: 0.65, right: 0.65 } as const;
export const CSS_PX_PER_IN = 96;

export interface PageBox {
  pageWidthIn: number;
  pageHeightIn: number;
  contentWidthIn: number;
  contentHeightIn: number;
  /** Content width in CSS pixels: fixed chart widths are derived from it. */
  contentWidthPx: number;
  contentHeightPx: number;
}

export function pageBox(spec: Pick<BriefingSpec, 'paper' | 'orientation'>): PageBox {
  const p = PAPER_IN[spec.paper];
  const [w, h] = spec.orientation === 'landscape' ? [p.h, p.w] : [p.w, p.h];
  const cw = w - PAGE_MARGINS_IN.left - PAGE_MARGINS_IN.right;
  const ch = h - PAGE_MARGINS_IN.top - PAGE_MARGINS_IN.bottom;
  return {
    pageWidthIn: w,
    pageHeightIn: h,
    contentWidthIn: cw,
    contentHeightIn: ch,
    contentWidthPx: Math.floor(cw * CSS_PX_PER_IN),
    contentHeightPx: Math.floor(ch * CSS_PX_PER_IN),
  };
}
