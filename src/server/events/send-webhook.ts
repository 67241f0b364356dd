// One HTTP POST of a delivery, connecting only to the address the target check approved.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from '../../commands/webhooks/target-check.ts';

export interface SendResult {
  statusCode: number;
}

// Pins the connection to the checked address whatever the name resolves to by now.
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

const RESPONSE_LIMIT = 64 * 1024;

/** Rejects on network errors and timeouts; any HTTP status resolves. */
export function postJson(
  url: string,
  target: ResolvedAddress,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendResult> {
  const parsed = new URL(url);
  const client = parsed.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      parsed,
      {
        method: 'POST',
        lookup: pinnedLookup(target),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
        timeout: timeoutMs,
      },
      (response) => {
        let received = 0;
        // The body is read (so the connection can be reused) but never stored or followed.
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > RESPONSE_LIMIT) response.destroy();
        });
        response.on('end', () => resolve({ statusCode: response.statusCode ?? 0 }));
        response.on('close', () => resolve({ statusCode: response.statusCode ?? 0 }));
        response.on('error', reject);
      },
    );
    // Headers and body must both arrive within the time, not just each socket read.
    const deadline = setTimeout(
      () => request.destroy(new Error(`no response within ${timeoutMs} ms`)),
      timeoutMs,
    );
    request.on('timeout', () => request.destroy(new Error(`no response within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.on('close', () => clearTimeout(deadline));
    request.end(body);
  });
}
