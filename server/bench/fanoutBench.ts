import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cpuWindow, rssBytes } from './benchStats';
import { pinned, serverDir, startTarget, type InServerLatency, type TargetName } from './benchTargets';
import type { FanoutLoadConfig, FanoutLoadResult } from './fanoutLoad';

/** Everything measured for one load against one server. */
export interface FanoutRun {
  target: TargetName;
  scenario: FanoutLoadConfig['scenario'];
  load: FanoutLoadResult;
  deliveredPct: number;
  /** Server CPU during the write window, in cores (1 = one core fully busy). */
  serverCpu: number;
  serverEventLoopP99Ms: number;
  serverEventLoopMaxMs: number;
  /** Garbage-collector pauses during the write window: count, total and longest (ms). */
  serverGc: { count: number; totalMs: number; maxMs: number };
  /** Server-internal latency (BENCH_SERVER_LATENCY=1), else null. */
  inServer: InServerLatency | null;
  rssBytes: number;
  /** RSS growth per idle (listening) connection. */
  rssPerConnection: number;
  /** many-boards: RSS growth per open board with its first client. */
  rssPerBoard: number;
}

export interface FanoutPlan {
  oneBoard: Omit<FanoutLoadConfig, 'wsBase' | 'boardIds' | 'handshake'>;
  manyBoards: Omit<FanoutLoadConfig, 'wsBase' | 'boardIds' | 'handshake'> & { boards: number };
}

/** The loads of issue 6 (1a, 1b); `quick` shortens the write windows. */
export function fanoutPlan(quick: boolean): FanoutPlan {
  return {
    oneBoard: {
      scenario: 'one-board',
      liveClients: 6,
      writers: 5,
      listeners: 300,
      rateHz: 30,
      durationS: quick ? 6 : 20,
      clientsPerBoard: 0,
    },
    manyBoards: {
      scenario: 'many-boards',
      boards: 200,
      clientsPerBoard: 10,
      rateHz: 1,
      durationS: quick ? 6 : 20,
      liveClients: 0,
      writers: 0,
      listeners: 0,
    },
  };
}

/** Runs one load against a fresh server, the load generator in its own (pinned) process. */
export async function runFanout(
  targetName: TargetName,
  plan: FanoutPlan,
  scenario: FanoutLoadConfig['scenario'],
  log: (line: string) => void,
): Promise<FanoutRun> {
  const target = await startTarget(targetName);
  try {
    const boardCount = scenario === 'one-board' ? 1 : plan.manyBoards.boards;
    const boardIds: string[] = [];
    for (let i = 0; i < boardCount; i++) boardIds.push(await target.createBoard());
    const base = scenario === 'one-board' ? plan.oneBoard : plan.manyBoards;
    const config: FanoutLoadConfig = { ...base, wsBase: target.wsBase, boardIds, handshake: targetName !== 'null' };

    const [command, args] = pinned(1, process.execPath, ['--import', 'tsx', join(serverDir, 'bench/fanoutLoad.ts'), JSON.stringify(config)]);
    const load = spawn(command, args, { cwd: serverDir, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const rss: Record<string, number> = {};
    let cpu: { stop(): number } | null = null;
    let serverCpu = Number.NaN;
    let eldP99 = Number.NaN;
    let eldMax = Number.NaN;
    let gc = { count: Number.NaN, totalMs: Number.NaN, maxMs: Number.NaN };
    let inServer: InServerLatency | null = null;

    const result = await new Promise<FanoutLoadResult>((resolve, reject) => {
      load.on('exit', (code) => {
          // A result sent just before exiting may still be in flight on a busy machine.
          setTimeout(() => reject(new Error(`load generator exited with ${code} without a result`)), 2000);
        });
      load.on('message', (message: { type: string; name?: string; result?: FanoutLoadResult; message?: string }) => {
        if (message.type === 'result') resolve(message.result!);
        else if (message.type === 'error') reject(new Error(message.message));
        else if (message.type === 'mark') {
          const name = message.name!;
          const reply = () => load.send({ type: 'mark-ok', name });
          rss[name] = rssBytes(target.pid);
          if (name === 'start') {
            void target
              .eldReset()
              .catch(() => log(`  ${targetName}: event-loop monitor did not answer the reset`))
              .then(() => {
                cpu = cpuWindow(target.pid);
                reply();
              });
          } else if (name === 'end') {
            serverCpu = cpu ? cpu.stop() : Number.NaN;
            void target
              .eldRead()
              .then((eld) => {
                eldP99 = eld.p99;
                eldMax = eld.max;
                gc = { count: eld.gcCount, totalMs: eld.gcTotalMs, maxMs: eld.gcMaxMs };
                inServer = eld.inServer;
              })
              .catch(() => log(`  ${targetName}: event-loop monitor did not answer`))
              .then(reply);
          } else {
            log(`  ${targetName} ${scenario}: ${name} (server RSS ${(rss[name]! / 2 ** 20).toFixed(1)} MiB)`);
            reply();
          }
        }
      });
    });

    const listeners = scenario === 'one-board' ? plan.oneBoard.listeners : plan.manyBoards.boards * (plan.manyBoards.clientsPerBoard - 1);
    const fromRss = scenario === 'one-board' ? rss.base! : rss.boards!;
    return {
      target: targetName,
      scenario,
      load: result,
      deliveredPct: (100 * result.delivered) / result.expectedDeliveries,
      serverCpu,
      serverEventLoopP99Ms: eldP99,
      serverEventLoopMaxMs: eldMax,
      serverGc: gc,
      inServer,
      rssBytes: rss.end ?? Number.NaN,
      rssPerConnection: (rss.listeners! - fromRss) / listeners,
      rssPerBoard: scenario === 'many-boards' ? (rss.boards! - rss.base!) / plan.manyBoards.boards : Number.NaN,
    };
  } finally {
    await target.stop();
  }
}
