import { MemoryRouter, query, Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import type { SystemInfo } from './system-info.ts';

const infoQuery = vi.fn<() => Promise<SystemInfo>>();
vi.mock('../../lib/trpc.ts', () => ({ api: { system: { info: { query: () => infoQuery() } } } }));

const { SystemInfoPanel } = await import('./system-info-panel.tsx');

const sample: SystemInfo = {
  name: 'Steward',
  version: '9.9.9',
  runtime: 'node',
  database: { kind: 'pglite', migrationsApplied: 3, migrationsExpected: 3, upToDate: true },
  serverTime: '2026-01-31T16:30:00.000Z',
};

let container: HTMLDivElement;
let dispose: () => void;

function mount() {
  container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <MemoryRouter>
        <Route path="/" component={SystemInfoPanel} />
      </MemoryRouter>
    ),
    container,
  );
}

async function until(check: () => boolean) {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000 });
}

beforeEach(() => setLocale('zh-CN'));

afterEach(() => {
  dispose();
  container.remove();
  infoQuery.mockReset();
  // The router's query cache is module-wide: forget the last test's answer.
  query.clear();
});

describe('SystemInfoPanel', () => {
  it('shows a loading state, then the server facts with the time in Asia/Shanghai', async () => {
    let resolve!: (info: SystemInfo) => void;
    infoQuery.mockReturnValue(new Promise((r) => (resolve = r)));
    mount();
    await until(() => container.querySelector('[role="status"]') !== null);
    expect(container.textContent).toContain('正在加载');

    resolve(sample);
    await until(() => container.querySelector('[data-testid="system-version"]') !== null);
    expect(container.querySelector('[data-testid="system-version"]')?.textContent).toBe('9.9.9');
    expect(container.querySelector('[data-testid="system-migrations"]')?.textContent).toContain(
      '已应用 3 / 3',
    );
    expect(container.querySelector('[data-testid="system-server-time"]')?.textContent).toBe(
      '2026/02/01 00:30:00',
    );
  });

  it('shows the server’s message and request id on failure, and loads again on retry', async () => {
    infoQuery.mockRejectedValueOnce(
      Object.assign(new Error('ignored'), {
        shape: { message: '服务器内部错误。', data: { requestId: 'r-1' } },
      }),
    );
    mount();
    await until(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[data-testid="error-message"]')?.textContent).toBe('服务器内部错误。');
    expect(container.textContent).toContain('请求编号：r-1');

    infoQuery.mockResolvedValueOnce(sample);
    container.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => container.querySelector('[data-testid="system-version"]') !== null);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
