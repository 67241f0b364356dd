import type { Command } from 'commander';
import { loadSamplesIfEmpty } from '../commands/load-samples.ts';
import { openConfiguredStore } from '../commands/open-store.ts';
import type { Config } from '../config/config.ts';
import { buildApp } from '../server/app.ts';
import { WebhookWorker } from '../server/events/webhook-worker.ts';
import { type CliContext, CliError } from './context.ts';

function portOption(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new CliError(`--port takes a number from 0 to 65535, not "${value}"`);
  }
  return Number(value);
}

// A wildcard address is where the server listens, not an address a browser can open.
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Resolves when SIGTERM or SIGINT arrives; the listeners are removed afterwards. */
function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

export function registerServeCommand(program: Command, cli: CliContext): void {
  program
    .command('serve')
    .description('Run the HTTP API (and load the sample roadmaps into an empty database)')
    .option('-p, --port <port>', 'port to listen on (default WAYMARK_PORT or 3000; 0 picks a free one)')
    .option('-H, --host <host>', 'address to listen on (default WAYMARK_HOST or 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      const base = cli.config();
      const config: Config = Object.freeze({
        ...base,
        ...(options.port !== undefined ? { port: portOption(options.port) } : {}),
        ...(options.host !== undefined ? { host: options.host } : {}),
      });
      const stopped = shutdownSignal();
      const store = await openConfiguredStore(config);
      try {
        const loaded = await loadSamplesIfEmpty({
          store,
          workspaceId: config.defaultWorkspace,
          actor: 'waymark',
        });
        if (loaded.length > 0) cli.io.stdout(`Loaded sample roadmaps: ${loaded.join(', ')}\n`);
        const app = await buildApp({ store, config });
        const webhooks = new WebhookWorker({
          store,
          allowHosts: config.webhookAllowHosts,
          onError: (error) => app.log.error({ err: error }, 'webhook delivery pass failed'),
        });
        try {
          await app.listen({ port: config.port, host: config.host });
          await webhooks.start();
          const address = app.server.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          cli.io.stdout(`Waymark is listening on http://${displayHost(config.host)}:${port}\n`);
          if (!config.adminToken) {
            cli.io.stdout('Read-only: set WAYMARK_ADMIN_TOKEN (16+ characters) to allow writes.\n');
          }
          const signal = await stopped;
          cli.io.stdout(`Received ${signal}: finishing requests in flight, then stopping.\n`);
        } finally {
          await webhooks.stop();
          // close() stops accepting connections and waits for the requests in flight.
          await app.close();
        }
      } finally {
        await store.close();
      }
    });
}
