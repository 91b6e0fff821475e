import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from '@relais/testing';

export type TcpRelay = {
  port: number;
  /** Bytes stop flowing both ways and new connections wait, as when the server is paused (SIGSTOP) or the network stalls. */
  freeze: () => void;
  thaw: () => void;
  /** Every connection is dropped and new ones are refused, as when the server is stopped. */
  cut: () => Promise<void>;
  /** Accepts connections again on the same port. */
  restore: () => Promise<void>;
  close: () => Promise<void>;
};

/** A TCP relay in front of a real service, to play its outages. */
export async function tcpRelay(target: { host: string; port: number }): Promise<TcpRelay> {
  let frozen = false;
  const paused: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    const pipe = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => {
        if (!frozen) to.write(chunk);
        else paused.push(() => to.write(chunk));
      });
    pipe(client, upstream);
    pipe(upstream, client);
  });
  const port = await freePort();
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = async () => {
    for (const socket of sockets) socket.destroy();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  await listen();
  return {
    port,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const resume of paused.splice(0)) resume();
    },
    cut: stop,
    restore: listen,
    close: stop,
  };
}

/** The URL with its host and port replaced by the relay's. */
export function through(url: string, relay: TcpRelay): string {
  const changed = new URL(url);
  changed.hostname = '127.0.0.1';
  changed.port = String(relay.port);
  return changed.toString();
}
