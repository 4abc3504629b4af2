// Why: workspace reads and writes typed per document kind. Main validates every document against its kind's
// schema before it replies, so the renderer never re-parses or casts file content: reading kind K gives K.
import type { DocKind } from '../../../shared/workspace/files';
import { isDocumentOf, type DocContent } from '../../../shared/workspace/kinds';
import { api, ApiError } from './client';

export async function readDocument<K extends DocKind>(
  kind: K,
  name: string,
): Promise<{ content: DocContent<K>; revision: string }> {
  const res = await api('workspace:read-file', { kind, name });
  if (!isDocumentOf(kind, res.content)) {
    throw new ApiError({ code: 'BAD_OUTPUT', message: `${name} is not a ${kind} document.` });
  }
  return { content: res.content, revision: res.revision };
}

/** expectedRevision: what the editor loaded; null for a new file; undefined to overwrite deliberately. */
export async function writeDocument<K extends DocKind>(
  kind: K,
  name: string,
  content: DocContent<K>,
  expectedRevision: string | null | undefined,
): Promise<{ name: string; revision: string }> {
  return api('workspace:write-file', {
    kind,
    name,
    content,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  });
}
