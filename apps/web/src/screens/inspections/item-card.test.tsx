import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/locale.ts';
import type { InspectionItem } from './inspections-api.ts';
import { type Draft, ItemCard } from './item-card.tsx';

const item = {
  code: 'sec.gate',
  text: { zh: '门岗值守', en: 'Gate post staffed' },
  category: 'posts',
  severity: 'general',
  deduction: { default: 1, min: 0.5, max: 1.5 },
  evidence: ['photo'],
  measurement: { unit: '℃', min: 16, max: 28 },
  allowNA: false,
  basis: { rule: 'practice', kind: 'practice' },
  origin: 'plugin',
} as unknown as InspectionItem;

let container: HTMLDivElement;
let dispose: () => void;
let changes: Draft[];

function mount(initial?: Draft) {
  changes = [];
  container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => {
    const [draft, setDraft] = createSignal<Draft | undefined>(initial);
    return (
      <ItemCard
        item={item}
        draft={draft()}
        evidence={[]}
        errors={[]}
        onChange={(next) => {
          changes.push(next);
          setDraft(next);
        }}
        onPhoto={async () => {}}
        onRemove={() => {}}
      />
    );
  }, container);
}

const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  ) as HTMLButtonElement | undefined;

beforeEach(() => setLocale('zh-CN'));
afterEach(() => {
  dispose();
  container.remove();
});

describe('one checklist item on a phone', () => {
  it('offers no N/A where the item does not allow it', () => {
    mount();
    expect(button('合格')).toBeDefined();
    expect(button('不合格')).toBeDefined();
    expect(button('不适用')).toBeUndefined();
  });

  it('starts a nonconformity at the default deduction and steps only within the bounds', () => {
    mount();
    button('不合格')!.click();
    expect(changes.at(-1)).toMatchObject({ result: 'nonconform', deductionCenti: 100 });
    button('增加扣分')!.click();
    expect(changes.at(-1)?.deductionCenti).toBe(150);
    expect(button('增加扣分')!.disabled).toBe(true);
    button('减少扣分')!.click();
    button('减少扣分')!.click();
    expect(changes.at(-1)?.deductionCenti).toBe(50);
    expect(button('减少扣分')!.disabled).toBe(true);
    expect(container.querySelector('input[type="file"]')?.getAttribute('capture')).toBe('environment');
  });

  it('suggests a nonconformity when the measurement is out of range', () => {
    mount({ result: 'conform', deductionCenti: 0, measurement: 31, note: '' });
    expect(container.textContent).toContain('超出合格范围');
  });
});
