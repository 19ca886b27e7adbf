// @vitest-environment jsdom
import { MemoryRouter, Route } from '@solidjs/router';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import type { Plan } from './plans-api.ts';
import { TodayList } from './today-list.tsx';

const base: Plan = {
  id: '11111111-1111-4111-8111-111111111111',
  contractId: 'c1',
  contractCode: 'HT-2026-01',
  contractTitle: '安保服务合同',
  vendorId: 'v1',
  vendorName: '安达保安',
  serviceLineId: 'security',
  pluginId: 'security',
  siteId: 's1',
  siteName: '机关大楼',
  kind: 'patrol',
  scope: 'line',
  templateCode: 'SEC-TPL-PATROL',
  cadenceCode: 'SEC-CAD-DAILY',
  periodStart: '2026-10-10',
  dueOn: '2026-10-10',
  warnFrom: '2026-10-10',
  assigneeUserId: 'u1',
  assigneeName: '王监管',
  sampledItemCodes: null,
  status: 'planned',
  inspectionId: null,
  lineName: { zh: '安保服务', en: 'Security' },
  cadenceName: { zh: '每日巡查', en: 'Daily patrol' },
  liveStatus: 'due_soon',
};

let container: HTMLDivElement;
let dispose: () => void;

function mount(plans: Plan[]) {
  container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <MemoryRouter>
        <Route path="/" component={() => <TodayList today="2026-10-10" plans={plans} />} />
      </MemoryRouter>
    ),
    container,
  );
}

beforeEach(() => setLocale('zh-CN'));
afterEach(() => {
  dispose();
  container.remove();
});

describe('my inspections today', () => {
  it('groups overdue, due today and open plans; each card opens the inspection form for its plan', () => {
    mount([
      base,
      {
        ...base,
        id: '22222222-2222-4222-8222-222222222222',
        dueOn: '2026-10-09',
        periodStart: '2026-10-09',
        liveStatus: 'overdue',
      },
      {
        ...base,
        id: '33333333-3333-4333-8333-333333333333',
        kind: 'spot',
        cadenceCode: null,
        cadenceName: null,
        dueOn: '2026-10-30',
        liveStatus: 'open',
        sampledItemCodes: ['a', 'b', 'c'],
      },
    ]);
    const overdue = container.querySelector('[data-testid="today-overdue"]')!;
    expect(overdue.querySelectorAll('[data-testid="plan-card"]')).toHaveLength(1);
    expect(overdue.textContent).toContain('已逾期');
    const today = container.querySelector('[data-testid="today-today"]')!;
    expect(today.textContent).toContain('安保服务 · 日常巡查');
    expect(today.textContent).toContain('HT-2026-01');
    expect(today.textContent).toContain('机关大楼');
    expect(today.querySelector('a')?.getAttribute('href')).toBe(`/inspections/new?plan=${base.id}`);
    const open = container.querySelector('[data-testid="today-open"]')!;
    expect(open.textContent).toContain('抽取 3 项');
  });

  it('says so when nothing is assigned', () => {
    mount([]);
    expect(container.textContent).toContain('今天没有指派给您的检查');
  });
});
