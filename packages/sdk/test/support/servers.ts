import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { listenOnLoopback } from '@minwon-ux/testkit/static-server';

const fixtures = new URL('../fixtures/', import.meta.url);
const dist = new URL('../../dist/', import.meta.url);

/** One POST body the capture endpoint received. */
export interface Capture {
  path: string;
  contentType: string;
  encoding: string;
  raw: Buffer;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: parsed wire JSON, checked by the tests
  json: any;
}

export interface Servers {
  /** Origin serving fixtures and the SDK build, e.g. http://127.0.0.1:41234 */
  site: string;
  /** Origin of the capture endpoint (another port, so requests are cross-origin like production). */
  endpoint: string;
  captures: Capture[];
  /** Every event of every `/v1/events` body, in arrival order, with the envelope's sid. */
  // biome-ignore lint/suspicious/noExplicitAny: wire events
  events(): any[];
  /** Points `%ENDPOINT%` at another origin (e.g. the real collector). */
  setEndpoint(origin: string): void;
  /** Makes the endpoint answer with this status (e.g. 503) until reset with `undefined`. */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

const listen = listenOnLoopback;

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });

/**
 * Starts the fixture server and a capture endpoint on another origin. Fixture HTML may contain
 * `%SDK%` (the script URL) and `%ENDPOINT%` (the capture origin).
 */
export async function startServers(): Promise<Servers> {
  const captures: Capture[] = [];
  let failStatus: number | undefined;
  const capture = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Content-Encoding');
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    const raw = await readBody(req);
    if (failStatus) return res.writeHead(failStatus).end();
    const encoding = String(req.headers['content-encoding'] ?? '');
    const body = (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    captures.push({
      path: req.url ?? '',
      contentType: String(req.headers['content-type'] ?? ''),
      encoding,
      raw,
      body,
      json,
    });
    res.writeHead(202, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  });
  let endpoint = await listen(capture);
  const captureOrigin = endpoint;

  let sdkUrl = '';
  const site = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    try {
      if (url.pathname.startsWith('/sdk')) {
        const js = await readFile(new URL(url.pathname.slice(1), dist));
        return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
      }
      const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      const file = name.endsWith('.html') ? name : `${name.split('/')[0]}.html`;
      const html = (await readFile(new URL(file, fixtures), 'utf8'))
        .replaceAll('%SDK%', sdkUrl)
        .replaceAll('%ENDPOINT%', endpoint);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const siteOrigin = await listen(site);
  sdkUrl = `${siteOrigin}/sdk.js`;

  return {
    site: siteOrigin,
    endpoint: captureOrigin,
    captures,
    setEndpoint(origin) {
      endpoint = origin;
    },
    events: () =>
      captures
        .filter((c) => c.path === '/v1/events' && c.json)
        .flatMap((c) => c.json.events.map((e: object) => ({ ...e, sid: c.json.sid }))),
    failWith(status) {
      failStatus = status;
    },
    close: async () => {
      capture.closeAllConnections();
      site.closeAllConnections();
      await Promise.all([new Promise((r) => capture.close(r)), new Promise((r) => site.close(r))]);
    },
  };
}

/** Polls until `check` returns (or resolves to) a truthy value or the timeout passes. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 8000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
