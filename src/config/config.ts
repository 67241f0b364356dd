// One typed configuration, read once from the environment, frozen, and passed in explicitly.
import path from 'node:path';
import Type, { type Static } from 'typebox';
import Schema from 'typebox/schema';

export const ConfigSchema = Type.Object(
  {
    databaseUrl: Type.Optional(
      Type.String({ pattern: '^postgres(ql)?://', description: 'PostgreSQL URL; SQLite when absent.' }),
    ),
    dataDir: Type.String({ minLength: 1, description: 'Folder of the SQLite database file.' }),
    sqlitePath: Type.String({ minLength: 1 }),
    defaultWorkspace: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]*$' }),
    logLevel: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    host: Type.String({ minLength: 1, description: 'Address the HTTP server listens on.' }),
    port: Type.Integer({ minimum: 0, maximum: 65535, description: 'HTTP port; 0 picks a free one.' }),
    adminToken: Type.Optional(
      Type.String({
        minLength: 16,
        description: 'Bootstrap admin token: the only credential that may write until accounts exist.',
      }),
    ),
    webhookAllowHosts: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Hosts or CIDR ranges webhooks may target although private or loopback.',
    }),
    jsonBodyLimit: Type.Optional(
      Type.Integer({ minimum: 1024, description: 'Largest JSON request body, bytes.' }),
    ),
    importBodyLimit: Type.Optional(
      Type.Integer({ minimum: 1024, description: 'Largest document uploaded for import, bytes.' }),
    ),
    rateLimitMax: Type.Optional(Type.Integer({ minimum: 1, description: 'Requests per client per window.' })),
    rateLimitWindowMs: Type.Optional(Type.Integer({ minimum: 1000, description: 'Rate-limit window, ms.' })),
  },
  { additionalProperties: false },
);

export type Config = Readonly<Static<typeof ConfigSchema>>;

const check = Schema.Compile(ConfigSchema);

export class ConfigError extends Error {}

const VARIABLES: Record<string, string> = {
  databaseUrl: 'DATABASE_URL',
  dataDir: 'WAYMARK_DATA_DIR',
  sqlitePath: 'WAYMARK_SQLITE_PATH',
  defaultWorkspace: 'WAYMARK_WORKSPACE',
  logLevel: 'LOG_LEVEL',
  host: 'WAYMARK_HOST',
  port: 'WAYMARK_PORT',
  adminToken: 'WAYMARK_ADMIN_TOKEN',
  webhookAllowHosts: 'WAYMARK_WEBHOOK_ALLOW',
  jsonBodyLimit: 'WAYMARK_JSON_BODY_LIMIT',
  importBodyLimit: 'WAYMARK_IMPORT_BODY_LIMIT',
  rateLimitMax: 'WAYMARK_RATE_LIMIT_MAX',
  rateLimitWindowMs: 'WAYMARK_RATE_LIMIT_WINDOW_MS',
};

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function portOf(value: string | undefined): number | string {
  if (!value) return 3000;
  return /^\d+$/.test(value) ? Number(value) : value;
}

// An optional whole number: absent when unset, the raw text when not a number so validation names it.
function numberFrom(env: NodeJS.ProcessEnv, key: string): Record<string, number | string> {
  const value = env[VARIABLES[key] ?? ''];
  if (!value) return {};
  return { [key]: /^\d+$/.test(value) ? Number(value) : value };
}

/** Reads the configuration from environment variables; a bad value names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = path.resolve(cwd, env.WAYMARK_DATA_DIR || 'data');
  const candidate = {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir,
    sqlitePath: path.resolve(dataDir, env.WAYMARK_SQLITE_PATH || 'waymark.sqlite'),
    defaultWorkspace: env.WAYMARK_WORKSPACE || 'default',
    logLevel: env.LOG_LEVEL || 'info',
    host: env.WAYMARK_HOST || '127.0.0.1',
    port: portOf(env.WAYMARK_PORT),
    ...(env.WAYMARK_ADMIN_TOKEN ? { adminToken: env.WAYMARK_ADMIN_TOKEN } : {}),
    webhookAllowHosts: listOf(env.WAYMARK_WEBHOOK_ALLOW),
    ...numberFrom(env, 'jsonBodyLimit'),
    ...numberFrom(env, 'importBodyLimit'),
    ...numberFrom(env, 'rateLimitMax'),
    ...numberFrom(env, 'rateLimitWindowMs'),
  };
  const [valid, errors] = check.Errors(candidate) as [boolean, { instancePath: string; message: string }[]];
  if (!valid) {
    const problems = errors.map((error) => {
      const key = error.instancePath.slice(1);
      return `${VARIABLES[key] ?? key}: ${error.message}`;
    });
    throw new ConfigError(`invalid configuration:\n  ${[...new Set(problems)].join('\n  ')}`);
  }
  return Object.freeze(candidate as Static<typeof ConfigSchema>);
}
