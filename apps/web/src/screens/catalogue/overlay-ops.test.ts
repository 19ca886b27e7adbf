import { describe, expect, it } from 'vitest';
import { applyEdits, type Defaults } from './overlay-ops.ts';

const defaults: Defaults = {
  deduction: new Map([['a', 2]]),
  cadence: new Map([['c', { every: { unit: 'day', count: 15 }, warningDays: 3 }]]),
};

describe('applyEdits', () => {
  it('replaces the edited operations, drops a change back to the default, keeps the rest', () => {
    const ops = [
      { op: 'set-deduction', item: 'a', deduction: 3 },
      { op: 'disable-item', item: 'b' },
      { op: 'set-severity', item: 'z', severity: 'major' },
    ];
    const out = applyEdits(
      ops,
      new Map([
        ['a', { deduction: 2 }],
        ['b', { enabled: true }],
        ['d', { enabled: false }],
      ]),
      new Map([['c', { every: { unit: 'day', count: 10 } }]]),
      [{ op: 'add-item', template: 't', item: { code: 'x-1' } }],
      defaults,
    );
    expect(out).toEqual([
      { op: 'set-severity', item: 'z', severity: 'major' },
      { op: 'disable-item', item: 'd' },
      { op: 'set-cadence', cadence: 'c', every: { unit: 'day', count: 10 } },
      { op: 'add-item', template: 't', item: { code: 'x-1' } },
    ]);
  });
});
