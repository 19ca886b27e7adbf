import type { Workflow } from '@steward/plugin-sdk';

export const workflows: readonly Workflow[] = [
  {
    code: 'fire.wf.daily-patrol',
    name: { zh: '每日防火巡查流程', en: 'Daily fire patrol' },
    steps: [
      {
        code: 'assign',
        name: { zh: '确定巡查人员与路线', en: 'Assign patrollers and route' },
        role: 'general_contractor',
        keyPoints: {
          zh: '覆盖安全出口、疏散通道、重点部位和消防设施。',
          en: 'Cover exits, escape routes, key spots and fire equipment.',
        },
      },
      {
        code: 'patrol',
        name: { zh: '按路线巡查', en: 'Walk the route' },
        role: 'general_contractor',
        keyPoints: { zh: '逐项填写巡查表，问题拍照。', en: 'Fill in the checklist; photograph problems.' },
      },
      {
        code: 'fix-on-spot',
        name: { zh: '当场纠正', en: 'Correct on the spot' },
        role: 'general_contractor',
        keyPoints: {
          zh: '违章用火用电、占用通道等能当场改正的立即改正。',
          en: 'Stop unsafe fire or electricity use and clear obstructions at once where possible.',
        },
      },
      {
        code: 'report',
        name: { zh: '上报隐患', en: 'Report defects' },
        role: 'general_contractor',
        keyPoints: {
          zh: '不能当场改正的，报消防安全管理人并采取临时措施。',
          en: 'What cannot be fixed on the spot goes to the fire safety manager, with interim precautions.',
        },
      },
      {
        code: 'review',
        name: { zh: '审阅记录、下发整改', en: 'Review and issue notices' },
        role: 'supervisor',
        keyPoints: {
          zh: '审阅巡查记录，对隐患下发整改通知并跟踪。',
          en: 'Review the patrol record; issue and track rectification notices.',
        },
      },
    ],
  },
  {
    code: 'fire.wf.alarm-response',
    name: { zh: '火警处置流程', en: 'Fire alarm response' },
    steps: [
      {
        code: 'receive',
        name: { zh: '接收报警', en: 'Receive the alarm' },
        role: 'general_contractor',
        keyPoints: {
          zh: '消防控制室值班人员记录报警时间和部位。',
          en: 'The control-room operator logs time and location.',
        },
      },
      {
        code: 'verify',
        name: { zh: '现场核实', en: 'Verify on site' },
        role: 'general_contractor',
        keyPoints: {
          zh: '立即以最快方式派人确认；误报则复位并记录原因。',
          en: 'Send someone at once by the fastest means; for a false alarm, reset and record the cause.',
        },
      },
      {
        code: 'confirm',
        name: { zh: '确认火灾后启动处置', en: 'On a confirmed fire, act' },
        role: 'general_contractor',
        keyPoints: {
          zh: '联动转自动，拨打119，启动灭火和应急疏散预案，报告消防安全责任人。',
          en: 'Switch linkage to automatic, call 119, start the firefighting and evacuation plan, inform the person in charge.',
        },
      },
      {
        code: 'evacuate',
        name: { zh: '疏散与初起火灾扑救', en: 'Evacuate and fight the early fire' },
        role: 'general_contractor',
        keyPoints: {
          zh: '微型消防站到场扑救，引导人员疏散，迎接消防队。',
          en: 'The volunteer station fights the fire, guides people out and meets the fire brigade.',
        },
      },
      {
        code: 'inform',
        name: { zh: '报告领导', en: 'Inform leadership' },
        role: 'supervisor',
        keyPoints: { zh: '向局领导报告进展。', en: 'Keep bureau leadership informed.' },
      },
      {
        code: 'after-action',
        name: { zh: '复盘与设备修复', en: 'After-action review and repairs' },
        role: 'contractor',
        keyPoints: {
          zh: '查明原因，修复或更换误报、损坏的设备。',
          en: 'Find the cause; repair or replace faulty or damaged devices.',
        },
      },
    ],
  },
  {
    code: 'fire.wf.defect-rectification',
    name: { zh: '消防设施隐患整改流程', en: 'Fire equipment defect rectification' },
    description: {
      zh: '状态：待检测 → 检测中 → 正常 / 需维修 → 归档；需维修的30日内完成。',
      en: 'Status: awaiting test → testing → normal / needs repair → archived; repairs within 30 days.',
    },
    steps: [
      {
        code: 'pending-test',
        name: { zh: '待检测：登记派单', en: 'Awaiting test: log and assign' },
        role: 'supervisor',
        keyPoints: {
          zh: '登记设施或隐患位置、现象和照片。',
          en: 'Log the device or defect, its location, symptom and photo.',
        },
      },
      {
        code: 'testing',
        name: { zh: '检测中', en: 'Testing' },
        role: 'contractor',
        keyPoints: { zh: '维保单位到场检测。', en: 'The maintenance firm tests on site.' },
      },
      {
        code: 'result',
        name: { zh: '检测结论：正常 / 需维修', en: 'Result: normal / needs repair' },
        role: 'contractor',
        keyPoints: {
          zh: '正常的直接归档；需维修的明确期限并采取临时防范措施。',
          en: 'Normal goes straight to the archive; needs repair gets a deadline and interim precautions.',
        },
      },
      {
        code: 'repair',
        name: { zh: '维修', en: 'Repair' },
        role: 'contractor',
        keyPoints: {
          zh: '30日内修复，提交维修记录和照片。',
          en: 'Repair within 30 days; submit record and photos.',
        },
      },
      {
        code: 'verify',
        name: { zh: '复查验收', en: 'Re-check and accept' },
        role: 'supervisor',
        keyPoints: {
          zh: '现场复查，功能恢复后销项。',
          en: 'Re-check on site; close when the function is restored.',
        },
      },
      {
        code: 'archive',
        name: { zh: '归档', en: 'Archive' },
        role: 'supervisor',
        keyPoints: { zh: '记录保存不少于5年。', en: 'Keep the record at least 5 years.' },
      },
    ],
  },
];
