// The API reference page in a real browser: served by Waymark itself (no CDN), it loads the
// OpenAPI document and lists the operations a client can call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../server/support.ts';
import { renderedDom } from '../support/chromium.ts';
import { storeFactories } from '../support/dialects.ts';

const [sqlite] = storeFactories().filter((factory) => factory.dialect === 'sqlite');
const factory = sqlite ?? storeFactories()[0];

describe('API reference page in Chromium', () => {
  let opened: Awaited<ReturnType<typeof openApp>>;
  let base = '';
  beforeAll(async () => {
    if (!factory) return;
    opened = await openApp(factory);
    await opened.app.listen({ port: 0, host: '127.0.0.1' });
    const address = opened.app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('not listening');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await opened?.dispose();
  });

  it('renders the operations of the OpenAPI document', async () => {
    const dom = await renderedDom(`${base}/api/v1/docs`);
    expect(dom).toContain('swagger-ui');
    // Rendered by the page's script from /api/v1/openapi.json, so absent from the served HTML.
    expect(dom).toMatch(/class="opblock-summary-path"[^>]*>[\s\S]*?\/api\/v1\/roadmaps/);
    expect(dom).toContain('/api/v1/roadmaps/{roadmapId}/diff');
    const served = await (await fetch(`${base}/api/v1/docs/`)).text();
    expect(served).not.toContain('opblock-summary-path');
  });
});
