import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { generateSelfSignedCertificate } from './certificate';
import { resolveFixture } from './fixture-routes';

/** One request the browser sent through the proxy. Nothing is ever forwarded to the internet. */
export interface LoggedRequest {
  /** `http`: plain request by absolute URL; `connect`: a TLS tunnel opened; `https`: a request inside a tunnel. */
  kind: 'http' | 'connect' | 'https';
  method: string;
  host: string;
  /** Full URL for http/https requests; `host:port` for a CONNECT. */
  url: string;
  /** HTTP status the fixture server answered (200, 404; 502 for a refused tunnel). */
  status: number;
  /** Value of the Origin header, if any (an extension's fetch shows its extension origin here). */
  origin?: string;
  at: number;
}

export interface FixtureProxy {
  /** Port on 127.0.0.1 to configure as the browser's HTTP and HTTPS proxy. */
  readonly port: number;
  /** Every request seen since start (or the last clearRequests), oldest first. */
  readonly requests: readonly LoggedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

/**
 * Starts the local web the browsers see during tests: an HTTP proxy on 127.0.0.1 that answers
 * plain-http requests from fixture files and tunnels CONNECT on port 443 to a local HTTPS server
 * (throwaway self-signed certificate) that answers from the same fixtures. So a page can be
 * opened under its real address (https://www.sports.ru/...) with no network at all, and every
 * request the browser makes is recorded for tests.
 */
/** A page served from memory instead of a fixture file (the benchmark's generated pages). */
export interface GeneratedResponse {
  body: string;
  contentType: string;
}

export async function startFixtureProxy(options: { generated?: (url: URL) => GeneratedResponse | null } = {}): Promise<FixtureProxy> {
  const requests: LoggedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const serveFixture = (kind: 'http' | 'https') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    const url = kind === 'http' ? safeUrl(req.url ?? '') : safeUrl(`https://${host}${req.url ?? '/'}`);
    const generated = url ? (options.generated?.(url) ?? null) : null;
    if (generated) {
      requests.push({ kind, method: req.method ?? 'GET', host: url!.hostname, url: url!.href, status: 200, origin: req.headers.origin, at: Date.now() });
      res.writeHead(200, { 'content-type': generated.contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : generated.body);
      return;
    }
    const fixture = url ? resolveFixture(url) : null;
    // Browsers ask every host for a favicon; an empty answer keeps a 404 out of the page's console.
    const isFavicon = url?.pathname === '/favicon.ico';
    const status = fixture ? 200 : isFavicon ? 204 : 404;
    requests.push({
      kind,
      method: req.method ?? 'GET',
      host: url?.hostname ?? host,
      url: url?.href ?? String(req.url),
      status,
      origin: req.headers.origin,
      at: Date.now(),
    });
    if (!fixture && isFavicon) {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
    if (!fixture) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`No fixture for ${url?.href ?? req.url}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': fixture.contentType, 'cache-control': 'no-store', ...fixture.headers });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(fixture.file));
  };

  const tls = generateSelfSignedCertificate();
  const httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, serveFixture('https'));
  httpsServer.on('connection', track);
  // Background services probing unknown hosts may drop the handshake; that is not a test failure.
  httpsServer.on('tlsClientError', () => {});
  await listen(httpsServer);
  const httpsPort = (httpsServer.address() as AddressInfo).port;

  const proxy = http.createServer(serveFixture('http'));
  proxy.on('connection', track);
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    const [host = '', port = '443'] = target.split(':');
    const allowed = port === '443';
    requests.push({ kind: 'connect', method: 'CONNECT', host, url: target, status: allowed ? 200 : 502, at: Date.now() });
    client.on('error', () => {});
    if (!allowed) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
  });
  await listen(proxy);
  const port = (proxy.address() as AddressInfo).port;

  return {
    port,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([closeServer(proxy), closeServer(httpsServer)]);
    },
  };
}

/**
 * Hosts the browsers themselves call in the background (updates, sign-in, remote settings).
 * They answer 404 here like any unknown host; tests about the extension's own traffic leave them out.
 */
const BROWSER_BACKGROUND_HOSTS = [
  /(^|\.)googleapis\.com$/,
  /(^|\.)google\.com$/,
  /(^|\.)gvt1\.com$/,
  /(^|\.)mozilla\.(com|org|net)$/,
  /(^|\.)firefox\.com$/,
  /(^|\.)mozaws\.net$/,
];

export function isBrowserBackgroundRequest(request: LoggedRequest): boolean {
  return BROWSER_BACKGROUND_HOSTS.some((pattern) => pattern.test(request.host));
}

/** The log without the browsers' own background traffic: what pages and the extension asked for. */
export function pageAndExtensionRequests(requests: readonly LoggedRequest[]): LoggedRequest[] {
  return requests.filter((request) => !isBrowserBackgroundRequest(request));
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function listen(server: net.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
