import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { signedInPhone } from './sign-in.ts';

// The demo agency's year on the leaders' dashboard: six months by default, the whole year on request.

const suite = browserSuite({ name: 'dashboard', timeoutMs: 240_000 });

browserIt(
  '[browser] a leader switches the demo dashboard from six months to the year, and back after a reload',
  async () => {
    const created = /"msg":"demo agency created".*$/m.exec(suite.server.output());
    console.log(`first start: ${created?.[0]}`);
    expect(created).not.toBeNull();
    const page = await signedInPhone(
      suite.browser,
      suite.server.baseUrl,
      { email: 'leader@demo.steward.cn', password: 'steward-demo-2026' },
      '领导看板',
    );
    const asked: number[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.includes('dashboard.overview')) return;
      asked.push(Number(/"months":(\d+)/.exec(url.searchParams.get('input') ?? '')?.[1]));
    });
    await page.goto(`${new URL(page.url()).origin}/dashboard`);
    const range = page.getByLabel('时间范围');
    await range.waitFor();
    expect(await range.inputValue()).toBe('6');
    await page.getByTestId('chart').first().waitFor();

    const answer = page.waitForResponse(
      (r) => r.url().includes('dashboard.overview') && /"months":12/.test(decodeURIComponent(r.url())),
    );
    await range.selectOption('12');
    const body = JSON.stringify(await (await answer).json());
    expect(page.url()).toContain('months=12');
    // Twelve month labels in the answer, ending last month.
    const months = /"months":\[([^\]]*)\]/.exec(body)?.[1]?.split(',') ?? [];
    expect(months).toHaveLength(12);
    await page.getByTestId('chart').first().waitFor();

    await page.reload();
    await page.getByLabel('时间范围').waitFor();
    expect(await page.getByLabel('时间范围').inputValue()).toBe('12');
    expect(asked.at(-1)).toBe(12);
    expect(asked[0]).toBe(6);

    // The year's past decisions were delivered when they happened: the log holds only current messages.
    const sent = suite.server.output().match(/"msg":"outgoing message"/g)?.length ?? 0;
    console.log(`outgoing messages logged since the first start: ${sent}`);
    expect(sent).toBeLessThan(20);
  },
  180_000,
);
