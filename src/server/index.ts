import { isIP } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/types.js';
import { createServerApp, type AppOptions } from './app.js';

export { createApp, type AppOptions } from './app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

export class BindError extends Error {}

/** Loopback hosts: reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return isLoopback(h.slice(7));
  return false;
}

export interface BindPolicy {
  host: string;
  /** True when the user gave --host (a non-loopback address is only used then). */
  hostExplicit: boolean;
  token?: string;
}

/**
 * Decides how the server may bind: loopback is always fine; anything else only
 * when given explicitly with --host, and then write endpoints need the token.
 */
export function bindPolicy(p: BindPolicy): { host: string; requireToken: boolean; warning: string | null } {
  if (isLoopback(p.host)) return { host: p.host, requireToken: false, warning: null };
  if (!p.hostExplicit) throw new BindError(`refusing to listen on non-loopback address ${p.host} unless it is given with --host`);
  return {
    host: p.host,
    requireToken: true,
    warning: p.token ? null : `listening on ${p.host} without --token: write endpoints (POST /api/analyze, POST /paste) are disabled`,
  };
}

export interface StartOptions extends Omit<AppOptions, 'requireToken'> {
  host?: string;
  hostExplicit?: boolean;
  port?: number;
  /** Compute corpus aggregates right after start (default true). */
  warm?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  requireToken: boolean;
  warning: string | null;
  /** Settles when the corpus aggregates are cached. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Starts the HTTP server over a store; port 0 picks a free port. */
export async function startServer(opts: StartOptions & { store: Store }): Promise<RunningServer> {
  const policy = bindPolicy({ host: opts.host ?? DEFAULT_HOST, hostExplicit: !!opts.hostExplicit, token: opts.token });
  const { app, views } = createServerApp({ ...opts, requireToken: policy.requireToken });
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: policy.host, port: opts.port ?? DEFAULT_PORT }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  const shown = policy.host.includes(':') ? `[${policy.host}]` : policy.host;
  // the corpus-wide aggregates (outlets page) take a while on a large store: compute them now, not on the first visit
  const ready = opts.warm === false ? Promise.resolve() : views.outletProfiles().then(() => undefined, (err: Error) => {
    process.stderr.write(`whosaid serve: warming the outlet profiles failed: ${err.message}\n`);
  });
  return {
    url: `http://${shown}:${port}`, port, host: policy.host, requireToken: policy.requireToken, warning: policy.warning, ready,
    close: () => new Promise<void>((resolve) => {
      const s = server as ServerType & { closeAllConnections?: () => void };
      s.close(() => resolve());
      s.closeAllConnections?.();
    }),
  };
}
