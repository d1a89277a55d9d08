import { resolve } from 'node:path';
import { DataDirInUseError } from './DataDirLock';

/**
 * The server could not open its storage at start. The message says which storage, where, what
 * went wrong and what to do; `server.ts` prints it as the one line of a failed start.
 */
export class StorageOpenError extends Error {
  override readonly name = 'StorageOpenError';
}

/** A StorageOpenError for a SQLite data directory that could not be opened. */
export function sqliteOpenError(dataDir: string, error: unknown): StorageOpenError {
  const where = resolve(dataDir);
  return new StorageOpenError(`could not open the SQLite storage in DATA_DIR (${where}): ${reasonOf(where, error)}`);
}

function reasonOf(where: string, error: unknown): string {
  if (error instanceof DataDirInUseError) return error.message.replace(` (${error.dataDir})`, '');
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  const file = `${where}/gapboard.sqlite`;
  switch (code) {
    case 'SQLITE_NOTADB':
      return `${file} is not a SQLite database (${detail}); restore it from a backup, or move it away to start with no boards`;
    case 'SQLITE_CORRUPT':
      return `${file} is damaged (${detail}); restore it from a backup`;
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `${file} is locked by another program (${detail}); close it and start again`;
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_IOERR':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `the folder or its files cannot be written (${detail}); check their owner and permissions, or choose another DATA_DIR`;
    case 'EEXIST':
    case 'ENOTDIR':
      return `it is not a folder (${detail}); choose a folder for DATA_DIR`;
    default:
      return detail;
  }
}
