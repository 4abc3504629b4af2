import { describe, expect, it } from 'vitest';
import { cssString, pageFrameCss, PRINT_FONT_STACK } from './pageFrame';

const spec = { title: 'Pakistan <Minerals> & "Metals" \\ C:', classification: 'Confidential', language: 'en' as const };

describe('pageFrameCss', () => {
  it('puts the title and CLASSIFICATION in the header, the classification and "Page N of M" in the footer, at 9 pt', () => {
    const css = pageFrameCss(spec);
    expect(css).toMatch(/@top-left \{ content: "Pakistan <Minerals> & \\"Metals\\" \\\\ C:";/);
    expect(css).toMatch(/@top-right \{ content: "CONFIDENTIAL";/);
    expect(css).toMatch(/@bottom-left \{ content: "Confidential";/);
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(css.match(/font-size: 9pt/g)).toHaveLength(4);
  });

  it('sets the frame in the bundled fonts only, never a generic or system family', () => {
    const css = pageFrameCss(spec);
    expect(css).toContain(`font-family: ${PRINT_FONT_STACK.en}`);
    for (const stack of Object.values(PRINT_FONT_STACK)) expect(stack).not.toMatch(/serif|system-ui|DejaVu|Arial/);
  });

  it('mirrors the frame for an Urdu briefing: title and classification on the right, Urdu page words', () => {
    const css = pageFrameCss({ title: 'معدنیات', classification: 'خفیہ', language: 'ur' });
    expect(css).toMatch(/@top-right \{ content: "معدنیات";.*direction: rtl/);
    expect(css).toContain('@bottom-left { content: "صفحہ " counter(page) " از " counter(pages);');
    expect(css).toContain(`font-family: ${PRINT_FONT_STACK.ur}`);
    expect(css).not.toContain('letter-spacing: 0.04em');
  });

  it('names the data edition in the middle of every footer', () => {
    expect(pageFrameCss(spec, 'Data edition 2026-06, figures as of 24 Jun 2026')).toContain(
      '@bottom-center { content: "Data edition 2026-06, figures as of 24 Jun 2026";',
    );
    expect(pageFrameCss(spec)).not.toContain('@bottom-center');
  });

  it('omits the classification boxes when there is none', () => {
    const css = pageFrameCss({ ...spec, classification: ' ' });
    expect(css).not.toMatch(/@top-right|@bottom-left/);
    expect(css).toContain('@bottom-right');
  });

  it('cannot be broken out of by a title with quotes, backslashes or line breaks', () => {
    expect(cssString('a"b\\c\nd } @page {')).toBe('"a\\"b\\\\c d } @page {"');
  });
});
