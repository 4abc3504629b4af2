// A scenario shared as a .pmbscenario file opens with a double-click: the OS hands the path to the app
// (open-file / second-instance), which validates it, copies it into the workspace and shows it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchApp, waitForView } from './harness';

describe('scenario files from outside the app', () => {
  it('shares a scenario as .pmbscenario, and opening that file in another workspace loads it', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'pmb-share-'));
    const shared = path.join(outside, 'Saindak for the minister.pmbscenario');
    const sender = await launchApp({ route: '#/scenarios/saindak' });
    try {
      await waitForView(sender.page, 'scenarios');
      sender.dialogs.saveAnswers.push(shared);
      await sender.page.getByTestId('share-scenario').click();
      await expect
        .poll(() => sender.page.getByTestId('export-result').innerText())
        .toContain('Saindak for the minister.pmbscenario');
      expect(JSON.parse(readFileSync(shared, 'utf8'))).toMatchObject({
        schemaVersion: 1,
        kind: 'scenario',
        scenario: { meta: { presetId: 'saindak' } },
      });
    } finally {
      await sender.close();
    }

    const receiver = await launchApp();
    try {
      await waitForView(receiver.page, 'overview');
      await receiver.openFile(shared);
      await waitForView(receiver.page, 'scenarios');
      expect(receiver.page.url()).toContain('#/scenarios/Saindak%20for%20the%20minister.json');
      await expect.poll(() => receiver.page.getByTestId('scenario-name').innerText()).toMatch(/Saindak/);
      expect(
        readFileSync(path.join(receiver.workspaceDir, 'scenarios', 'Saindak for the minister.json'), 'utf8'),
      ).toContain('"presetId": "saindak"');

      // A damaged file is refused by name, and nothing is copied.
      const broken = path.join(outside, 'broken.pmbscenario');
      writeFileSync(broken, '{"schemaVersion":1,"kind":"scenario","scenario":{}}');
      await receiver.openFile(broken);
      await expect
        .poll(() => receiver.page.getByTestId('notices').innerText())
        .toContain('Could not open broken.pmbscenario');
    } finally {
      await receiver.close();
    }
  });
});
