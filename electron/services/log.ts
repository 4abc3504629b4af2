// Why: errors in main must never vanish. Both hosts write them to one rotating log file in the user-data
// folder (electron-log's Node logger works inside Electron's main and under plain Node alike), and every
// message a user sees about a failure names this file.
import path from 'node:path';
import log from 'electron-log/node';
import { AppError } from '../../shared/errors';

/** A full log is renamed to main.old.log and a new one started, so the file never grows past ~2 MB in all. */
const MAX_LOG_BYTES = 1024 * 1024;

export interface AppLog {
  readonly file: string;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  /** For the invoker: a user-facing AppError is a warning, anything else an internal error with its stack. */
  requestFailed(channel: string, err: unknown): void;
}

export function createLog(userDataDir: string, options: { console?: boolean } = {}): AppLog {
  const file = path.join(userDataDir, 'logs', 'main.log');
  const logger = log.create({ logId: `pmb-${file}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = MAX_LOG_BYTES;
  logger.transports.file.level = 'info';
  logger.transports.console.level = options.console === false ? false : 'error';
  return {
    file,
    info: (...a) => logger.info(...a),
    warn: (...a) => logger.warn(...a),
    error: (...a) => logger.error(...a),
    requestFailed(channel, err) {
      if (err instanceof AppError && err.code !== 'INTERNAL' && err.code !== 'BAD_OUTPUT')
        logger.warn(`[${channel}] ${err.code}: ${err.message}`);
      else logger.error(`[${channel}]`, err);
    },
  };
}
