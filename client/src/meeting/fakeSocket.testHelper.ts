import { act } from '@testing-library/react';

/** A stand-in for socket.io's client socket: records what is sent, lets the test play the server. */
export class FakeSocket {
  id = 'me';
  sent: Array<{ event: string; payload: unknown }> = [];
  private handlers = new Map<string, Array<(...args: unknown[]) => void>>();
  volatile = { emit: (event: string, payload: unknown) => this.emit(event, payload) };
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  emit(event: string, payload: unknown, ack?: (answer: unknown) => void) {
    this.sent.push({ event, payload });
    if (event === 'join') this.joinAck = ack ?? null;
    return this;
  }
  joinAck: ((answer: unknown) => void) | null = null;
  /** The server sends `event`. */
  receive(event: string, payload?: unknown) {
    act(() => {
      for (const h of this.handlers.get(event) ?? []) h(payload);
    });
  }
  listens(event: string) {
    return (this.handlers.get(event) ?? []).length > 0;
  }
  removeAllListeners() {
    this.handlers.clear();
  }
  disconnect() {}
  editingSent() {
    return this.sent.filter((s) => s.event === 'editing').map((s) => s.payload);
  }
}
