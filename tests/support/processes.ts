/**
 * Real processes for tests (a redis-server, `npm run live`'s server): started on 127.0.0.1,
 * waited for by what they print, and stopped even when a test run is cut short.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** How long a started process gets to go after SIGTERM before SIGKILL. */
export const STOP_MS = 3_000;

export interface Child {
  name: string;
  proc: ChildProcess;
  output: string;
}

const children: Child[] = [];

// If the test run itself is cut short, no redis-server or live server is left behind.
const killAll = () => {
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
};
process.once('exit', killAll);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts a process and waits (at most `ms`) for `ready` in its output; fails with that output. */
export function start(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, ready: RegExp, ms: number): Promise<Child> {
  const child: Child = { name, proc: spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }), output: '' };
  children.push(child);
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${name} ${why}; its output:\n${child.output.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`was not ready within ${ms} ms`), ms);
    const read = (chunk: Buffer) => {
      child.output += chunk.toString();
      if (ready.test(child.output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.proc.stdout!.on('data', read);
    child.proc.stderr!.on('data', read);
    child.proc.once('error', (e) => fail(`could not start (${e.message})`));
    child.proc.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before it was ready`));
  });
}

/** SIGTERM, then SIGKILL if it has not gone within STOP_MS. */
export async function stop(child: Child): Promise<void> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.proc.once('exit', () => resolve()));
  child.proc.kill('SIGTERM');
  const timedOut = await Promise.race([gone.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), STOP_MS))]);
  if (timedOut) {
    child.proc.kill('SIGKILL');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 1000))]);
  }
}

