// The slide deck PDF, like a briefing PDF, is the state at the moment Export was pressed: a roadmap edit saved
// while the export is under way (here, while the save dialog is still open) reaches the live slides but not the
// file, because the print route draws the deck from the job's frozen snapshot alone.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingSpecSchema } from '../../shared/briefing/spec';
import { defaultRoadmapState } from '../../shared/roadmap/defaults';
import { launchApp, type LaunchedApp } from './harness';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS } from './harness';
import { pdfFonts, pdfInfo, pdfPageTexts } from './pdf-tools';

const FILE = 'deck-talk.json';

describe('slide deck snapshot', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ route: '#/overview', viewport: { width: 1600, height: 900 } });
    // A talk of two slides, the title and the roadmap, so the print is quick.
    const spec = BriefingSpecSchema.parse({
      schemaVersion: 2,
      kind: 'briefing',
      title: 'Roadmap talk',
      date: '2026-03-20',
      sections: [{ type: 'cover' }],
      talk: { hidden: ['figures', 'consignment', 'map', 'deposit', 'risks', 'scenario'] },
    });
    writeFileSync(path.join(app.workspaceDir, 'briefings', FILE), JSON.stringify(spec, null, 2));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('prints the roadmap slide as it was when Export was pressed, not as edited while the export ran', async () => {
    const { page } = app;
    await page.evaluate((f) => (location.hash = `#/present?briefing=${f}&slide=1`), FILE);
    await page.waitForSelector('[data-testid="presentation"][data-slide="roadmap"][data-slide-ready="true"]');
    const caption = () => page.getByTestId('stage-phase-demonstration').locator('.stage-bar-caption').innerText();
    const asBundled = await caption();
    const roadmap = (shiftYears: number) => {
      const state = defaultRoadmapState();
      state.phases[0]!.durationYears += shiftYears;
      state.phases[1]!.startOffsetYears += shiftYears;
      state.phases[2]!.startOffsetYears += shiftYears;
      return app.invoke('workspace:write-file', { kind: 'roadmap', name: 'roadmap.json', content: state });
    };
    // The workspace's roadmap when Export is pressed differs from the bundled default (a print page that read
    // nothing would show the default): the demonstration phase is half a year longer.
    expect((await roadmap(0.5)).ok).toBe(true);
    await expect.poll(caption, { timeout: 20_000 }).not.toBe(asBundled);
    const asPressed = await caption();

    let release = () => undefined as void;
    app.dialogs.saveGate = new Promise<void>((r) => (release = r));
    app.dialogs.saveAnswers.push(path.join(app.workspaceDir, 'briefings', 'deck-as-pressed.pdf'));
    await page.getByTestId('present-jump').click();
    await page.getByTestId('deck-export').click();
    await expect.poll(() => app.dialogs.savesShown.length).toBe(1);

    // While the save dialog is open the roadmap is edited and saved (as the Roadmap view's autosave does): the
    // demonstration phase is now a year shorter than bundled. The live slide follows it, so a deck drawn from live state would too.
    expect((await roadmap(-1)).ok).toBe(true);
    await expect.poll(caption, { timeout: 20_000 }).not.toBe(asPressed);
    const afterEdit = await caption();
    release();
    app.dialogs.saveGate = undefined;

    const outcome = await page.waitForSelector('[data-testid="deck-export-done"], [data-testid="deck-export-error"]', {
      timeout: 60_000,
    });
    expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('deck-export-done');
    const pages = pdfPageTexts(path.join(app.workspaceDir, 'briefings', 'deck-as-pressed.pdf')).filter((p) => p.trim());
    expect(pages.length).toBe(2);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const roadmapPage = squash(pages[1]!);
    expect(roadmapPage).toContain('three-phase roadmap');
    expect(roadmapPage).toContain(squash(asPressed));
    expect(roadmapPage).not.toContain(squash(afterEdit));
    expect(roadmapPage).not.toContain(squash(asBundled));
  });

  it('exports an Urdu talk as an Urdu deck: right to left, Urdu fonts embedded, sources on every page', async () => {
    const { page } = app;
    const name = 'deck-urdu.json';
    const spec = BriefingSpecSchema.parse({
      schemaVersion: 2,
      kind: 'briefing',
      title: 'Urdu talk',
      date: '2026-03-20',
      language: 'ur',
      sections: [{ type: 'cover' }],
      talk: { order: ['roadmap', 'deposit', 'scenario'], hidden: ['title', 'figures', 'consignment', 'map', 'risks'] },
    });
    writeFileSync(path.join(app.workspaceDir, 'briefings', name), JSON.stringify(spec, null, 2));
    const pdf = path.join(app.workspaceDir, 'briefings', 'deck-urdu.pdf');
    app.dialogs.saveAnswers.push(pdf);
    await page.evaluate((f) => (location.hash = `#/present?briefing=${f}&slide=0`), name);
    await page.waitForSelector('[data-testid="presentation"][data-slide="roadmap"][data-slide-ready="true"]');
    if (!(await page.getByTestId('deck-export').isVisible())) await page.getByTestId('present-jump').click();
    await page.getByTestId('deck-export').click();
    const outcome = await page.waitForSelector('[data-testid="deck-export-done"], [data-testid="deck-export-error"]', {
      timeout: 60_000,
    });
    expect(await outcome.getAttribute('data-testid'), await outcome.innerText()).toBe('deck-export-done');
    // For a person to look at: the file and its pages as pictures.
    copyFileSync(pdf, path.join(ARTIFACTS, 'slide-deck-ur.pdf'));
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(ARTIFACTS, 'slide-deck-ur')]);
    const pages = pdfPageTexts(pdf).filter((p) => p.trim());
    const fonts = pdfFonts(pdf);
    console.log(`Urdu deck: ${pdfInfo(pdf).Pages} pages, fonts ${fonts.map((f) => f.name).join(', ')}`);
    expect(pages.length).toBe(3);
    expect(pdfInfo(pdf)['Page size']).toMatch(/^1440 x 810 pts/);
    // pdftotext writes Urdu with direction marks and spaces inside words: compare the letters alone.
    const letters = (t: string) => t.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    for (const text of pages) expect(letters(text)).toContain('ماخذ');
    expect(fonts.some((f) => /Naskh|Nastaliq/.test(f.name))).toBe(true);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });
});
