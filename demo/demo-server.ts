import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The running-site name the demo page is served under (mapped to 127.0.0.1 by the browser). */
export const DEMO_HOST = 'www.runnersworld.com';
export const DEMO_PORT = 4178;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A tiny static file server for offline demo and fixture pages. `headersFor` lets a test give a
 * page its own headers (a strict Content-Security-Policy, say); `tls` serves https.
 */
export function startStaticServer(
  root: string,
  port = 0,
  headersFor: (path: string) => Record<string, string> = () => ({}),
  tls?: { key: string; cert: string },
): Promise<{ server: Server; port: number }> {
  const base = resolve(root);
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersFor(path),
    });
    createReadStream(file).pipe(response);
  };
  // TLS for hosts on the HSTS preload list (reddit.com), which browsers only load over https.
  const server = tls ? createTlsServer(tls, handle) : createServer(handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        server,
        port: typeof address === 'object' && address ? address.port : port,
      });
    });
  });
}

/** In `npm run dev`, serve the fixture running pages (the article is the demo) so the opened browser has something to mark. */
export function demoServerPlugin(): Plugin {
  let server: Server | undefined;
  return {
    name: 'hip-pain-guide-demo-page',
    apply: 'serve',
    async configureServer() {
      ({ server } = await startStaticServer(
        join(import.meta.dirname, '../tests/fixtures/pages'),
        DEMO_PORT,
      ));
    },
    closeBundle() {
      server?.close();
    },
  };
}
