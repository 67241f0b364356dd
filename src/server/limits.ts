// Request limits of the HTTP server: small option object with defaults, overridable per app.
import type { Config } from '../config/config.ts';

export interface ServerLimits {
  /** Largest JSON request body, bytes. */
  jsonBodyBytes: number;
  /** Largest uploaded document on the import routes, bytes. */
  importBodyBytes: number;
  /** Requests one client (bearer token, else IP address) may make per window. */
  rateLimitMax: number;
  /** Rate-limit window, milliseconds. */
  rateLimitWindowMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  jsonBodyBytes: 1024 * 1024,
  importBodyBytes: 10 * 1024 * 1024,
  // Generous: a busy page of the web app and a mirror together stay far below it.
  rateLimitMax: 1200,
  rateLimitWindowMs: 60_000,
};

/** The configured limits (environment) with explicit overrides on top, e.g. from tests. */
export function resolveLimits(config: Config, overrides: Partial<ServerLimits> = {}): ServerLimits {
  const fromConfig: Partial<ServerLimits> = {
    ...(config.jsonBodyLimit !== undefined ? { jsonBodyBytes: config.jsonBodyLimit } : {}),
    ...(config.importBodyLimit !== undefined ? { importBodyBytes: config.importBodyLimit } : {}),
    ...(config.rateLimitMax !== undefined ? { rateLimitMax: config.rateLimitMax } : {}),
    ...(config.rateLimitWindowMs !== undefined ? { rateLimitWindowMs: config.rateLimitWindowMs } : {}),
  };
  return { ...DEFAULT_LIMITS, ...fromConfig, ...overrides };
}
