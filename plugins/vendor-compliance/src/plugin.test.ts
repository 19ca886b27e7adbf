import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import { vendorCompliancePlugin } from './index.ts';

runPluginTestKit(vendorCompliancePlugin, { minItems: 25 });

const items = vendorCompliancePlugin.checklistTemplates.flatMap((t) => t.items);
const item = (code: string) => items.find((i) => i.code === code);

describe('vendor-compliance default content (R13)', () => {
  it('is a vendor-scope plugin for block inspections', () => {
    expect(vendorCompliancePlugin.scope).toBe('vendor');
  });

  it('covers every R13 theme', () => {
    const categories = new Set(items.map((i) => i.category));
    expect([...categories].sort()).toEqual([
      'vc.conduct',
      'vc.labour',
      'vc.management',
      'vc.qualification',
      'vc.safety',
    ]);
  });

  it('treats the labour-law red lines as major', () => {
    for (const code of [
      'vc.lab.written-contracts',
      'vc.lab.wages-on-time',
      'vc.lab.minimum-wage',
      'vc.lab.overtime-pay',
      'vc.lab.social-insurance',
      'vc.lab.no-child-labour',
    ])
      expect(item(code)?.severity, code).toBe('major');
    expect(item('vc.lab.written-contracts')?.basis).toMatchObject({
      clause: '第十条、第八十二条',
      kind: 'verified',
    });
  });

  it('caps overtime at 36 hours a month and asks for health certificates where food is handled', () => {
    expect(item('vc.lab.working-hours')?.measurement).toEqual({ unit: 'h/month', min: 0, max: 36 });
    expect(item('vc.qua.health-certificates')?.allowNA).toBe(true);
    expect(item('vc.qua.health-certificates')?.basis.clause).toBe('第四十五条');
  });

  it('schedules the monthly joint inspection and the semi-annual leadership assessment', () => {
    const cadence = (code: string) => vendorCompliancePlugin.cadences.find((c) => c.code === code);
    expect(cadence('vc.cad.monthly-joint')).toMatchObject({
      inspectionKind: 'joint',
      every: { unit: 'month', count: 1 },
    });
    expect(cadence('vc.cad.semiannual-leadership')).toMatchObject({
      inspectionKind: 'leadership',
      every: { unit: 'month', count: 6 },
    });
  });

  it('has every party sign the joint inspection', () => {
    const wf = vendorCompliancePlugin.workflows.find((w) => w.code === 'vc.wf.joint-inspection');
    const roles = new Set(wf?.steps.map((s) => s.role));
    for (const role of ['supervisor', 'general_contractor', 'liaison', 'contractor', 'leader'] as const)
      expect(roles.has(role), role).toBe(true);
  });
});
