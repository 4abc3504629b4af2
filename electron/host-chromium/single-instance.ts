// Why: one app per user-data folder, as Electron's single-instance lock gives the desktop shell. The first
// instance listens on a local socket in the user-data folder (a named pipe on Windows): never a TCP port,
// so nothing else on the network can reach it. A second start connects, hands over its scenario files and
// exits; the first imports them and brings its window to the front.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function instanceSocketPath(userDataDir: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    return `\\\\.\\pipe\\pakistan-minerals-briefing-${createHash('sha256').update(path.resolve(userDataDir)).digest('hex').slice(0, 16)}`;
  }
  return path.join(userDataDir, 'instance.sock');
}

export type InstanceLock = { primary: true; release(): Promise<void> } | { primary: false };

/**
 * Becomes the primary instance, or hands `files` to the one already running. `onSecond` runs in the primary
 * with the files each later start handed over.
 */
export async function acquireInstanceLock(
  userDataDir: string,
  files: string[],
  onSecond: (files: string[]) => void,
): Promise<InstanceLock> {
  const socket = instanceSocketPath(userDataDir);
  await fs.mkdir(userDataDir, { recursive: true });
  if (await handOver(socket, files)) return { primary: false };
  // A socket file left by a crashed instance answers nothing: remove it and take over.
  if (process.platform !== 'win32') await fs.rm(socket, { force: true });
  const server = net.createServer((conn) => {
    let text = '';
    conn.setEncoding('utf8');
    conn.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 1_000_000) conn.destroy();
    });
    conn.on('end', () => {
      try {
        const msg = JSON.parse(text) as { files?: unknown };
        const list = Array.isArray(msg.files) ? msg.files.filter((f): f is string => typeof f === 'string') : [];
        onSecond(list);
        conn.end('ok');
      } catch {
        conn.end('bad');
      }
    });
    conn.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  // Owner-only: another user on the machine must not be able to hand files to this app.
  if (process.platform !== 'win32') await fs.chmod(socket, 0o600).catch(() => undefined);
  return {
    primary: true,
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function handOver(socket: string, files: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const conn = net.connect(socket);
    let answered = false;
    conn.setEncoding('utf8');
    conn.on('connect', () => conn.end(JSON.stringify({ files: files.map((f) => path.resolve(f)) })));
    conn.on('data', () => {
      answered = true;
    });
    conn.on('close', () => resolve(answered));
    conn.on('error', () => resolve(false));
    conn.setTimeout(3000, () => conn.destroy());
  });
}
