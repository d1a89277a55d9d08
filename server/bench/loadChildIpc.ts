/**
 * The load side of the runner ↔ load-process protocol: results go up with `sendToRunner`, and
 * `markPhase` waits until the runner has noted a phase (it samples server CPU/RSS around marks).
 */

export const sendToRunner = (message: unknown): void => {
  process.send!(message);
};

/** Tells the runner that phase `name` starts now and resolves once it has answered `mark-ok`. */
export function markPhase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; name?: string }) => {
      if (message?.type === 'mark-ok' && message.name === name) {
        process.off('message', onMessage);
        resolve();
      }
    };
    process.on('message', onMessage);
    sendToRunner({ type: 'mark', name });
  });
}

/** An orphaned load process (runner killed) must not keep running. */
export function exitWithRunner(): void {
  process.on('disconnect', () => process.exit(1));
}
