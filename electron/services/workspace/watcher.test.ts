import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/contract';
import { documentKinds } from '../../../shared/workspace/kinds';
import { WorkspaceContext } from './context';

describe('workspace watcher', () => {
  it('reports external edits with the right kind, and ignores temp files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pmb-watch-'));
    const seen: EventPayload<'workspace:changed'>[] = [];
    const ws = new WorkspaceContext(documentKinds, (c) => seen.push(c));
    await ws.open(root);
    try {
      writeFileSync(path.join(root, 'state', 'risk-scores.json'), '{}');
      writeFileSync(path.join(root, 'state', 'roadmap.json'), '{}');
      writeFileSync(path.join(root, 'scenarios', 'a.json'), '{}');
      writeFileSync(path.join(root, 'scenarios', '.a.json.pmb-tmp-1-abcd'), '{}');
      await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
      expect(seen.map((c) => `${c.kind}:${c.name}:${c.change}`).sort()).toEqual([
        'risk-scores:risk-scores.json:add',
        'roadmap:roadmap.json:add',
        'scenario:a.json:add',
      ]);
    } finally {
      await ws.close();
    }
  });
});
