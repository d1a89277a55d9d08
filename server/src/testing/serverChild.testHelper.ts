import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server package folder: children run `src/server.ts` from here. */
export const serverDir = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * How a child runs the server by default: Node itself with tsx's loader (not the `tsx` CLI,
 * which would put a wrapper process in between and let the real server survive a kill).
 */
export const nodeWithTsx: readonly string[] = [process.execPath, '--import', 'tsx', 'src/server.ts'];

/**
 * Starts the server as a child process with `env` on top of this process's environment (set
 * `PORT: '0'` for a free port) and resolves with its port once it logs that it listens. Rejects
 * with the child's stderr if it exits first. The caller kills the child.
 */
export async function startServerChild(
  env: Record<string, string>,
  command: readonly string[] = nodeWithTsx,
): Promise<{ child: ChildProcess; port: number }> {
  const [file, ...args] = command;
  if (file === undefined) throw new Error('startServerChild: empty command');
  const child = spawn(file, args, {
    cwd: serverDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { child, port };
}
