import { createServer, request } from 'node:http';

/**
 * A loopback HTTP proxy in front of the sync server that counts the documents it hands out, so
 * a test can tell how far a download has got from the traffic itself (the server's own document
 * count does not move while a member downloads). PouchDB's replication fetches documents in
 * batches through `_bulk_get` (the ids are in the request's body), or one by one with
 * `GET /<db>/<id>` on servers without it; both are counted.
 */
export interface CountingProxy {
  url: string;
  /** Documents the server has been asked for so far, through this proxy. */
  served(): number;
  stop(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const to = new URL(target);
  let served = 0;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const route = new URL(incoming.url ?? '/', 'http://proxy').pathname;
      if (route.endsWith('/_bulk_get')) {
        try {
          served += ((JSON.parse(body.toString('utf8')) as { docs?: unknown[] }).docs ?? []).length;
        } catch {
          // not a batch request after all; forwarded as it is
        }
      } else if (incoming.method === 'GET' && /^\/[^/_][^/]*\/[^/_][^/]*$/.test(route)) served += 1;
      const forward = request(
        {
          host: to.hostname,
          port: to.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: to.host },
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forward.on('error', () => {
        if (!outgoing.headersSent) outgoing.writeHead(502);
        outgoing.end();
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('proxy: no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    served: () => served,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
