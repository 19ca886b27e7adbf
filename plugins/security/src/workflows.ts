import type { Workflow } from '@steward/plugin-sdk';

/** Guarding procedures (R11): visitor entry, incident response, shift handover. */
export const workflows: readonly Workflow[] = [
  {
    code: 'SEC-WF-VISITOR',
    name: { zh: '来访人员出入流程', en: 'Visitor entry' },
    description: {
      zh: '查验证件、确认被访、登记放行、离开回收（保安服务管理条例第二十九条）。',
      en: 'Check ID, confirm with the host, register and admit, collect the pass on exit (Decree 564 art. 29).',
    },
    steps: [
      {
        code: 'check-id',
        name: { zh: '查验有效证件', en: 'Check valid ID' },
        role: 'contractor',
        keyPoints: { zh: '人证相符，证件在有效期内。', en: 'The person matches the ID and the ID is valid.' },
      },
      {
        code: 'confirm',
        name: { zh: '联系被访部门确认', en: 'Confirm with the host department' },
        role: 'contractor',
        keyPoints: {
          zh: '被访人不同意或无法联系的，不予放行。',
          en: 'No entry if the host declines or cannot be reached.',
        },
      },
      {
        code: 'register',
        name: { zh: '登记并发放访客证', en: 'Register and issue a visitor pass' },
        role: 'contractor',
        keyPoints: {
          zh: '登记姓名、证件号、事由、被访人、进入时间；大件物品一并登记。',
          en: 'Log name, ID number, purpose, host and time in, and any bulky items.',
        },
      },
      {
        code: 'guide',
        name: { zh: '引导或陪同', en: 'Guide or escort' },
        role: 'contractor',
        keyPoints: {
          zh: '重要部位由被访部门接引。',
          en: 'The host department collects visitors bound for restricted areas.',
        },
      },
      {
        code: 'exit',
        name: { zh: '离开时收回访客证并登记', en: 'Collect the pass and log the exit' },
        role: 'contractor',
        keyPoints: { zh: '携物出门核验放行条。', en: 'Check release slips for goods taken out.' },
      },
      {
        code: 'audit',
        name: { zh: '监管员核查登记', en: 'Supervisor audits the log' },
        role: 'supervisor',
      },
    ],
  },
  {
    code: 'SEC-WF-INCIDENT',
    name: { zh: '警情处置流程', en: 'Incident response' },
    description: {
      zh: '制止、报警、保护现场、报告（保安服务管理条例第二十九条第二款；内部治安保卫条例第十一条）。',
      en: 'Stop, call the police, protect the scene, report (Decree 564 art. 29 para. 2; Decree 421 art. 11).',
    },
    steps: [
      {
        code: 'receive',
        name: { zh: '发现或接警', en: 'Detect or receive the alarm' },
        role: 'contractor',
        keyPoints: { zh: '记录时间、地点、报警人和警情。', en: 'Log time, place, caller and what happened.' },
      },
      {
        code: 'respond',
        name: { zh: '到场制止', en: 'Reach the scene and intervene' },
        role: 'contractor',
        keyPoints: {
          zh: '5分钟内到场，依法制止，不得采取限制人身自由、搜身、殴打等违法手段。',
          en: 'Arrive within 5 minutes and intervene lawfully — never detaining, searching or hitting anyone.',
        },
      },
      {
        code: 'call-police',
        name: { zh: '报警并报告', en: 'Call the police and report' },
        role: 'contractor',
        keyPoints: {
          zh: '制止无效或涉嫌犯罪的立即拨打110，同时报告项目负责人和业主单位。',
          en: 'If intervention fails or a crime is suspected, call 110 at once and inform the team leader and the agency.',
        },
      },
      {
        code: 'protect-scene',
        name: { zh: '保护现场，配合公安机关', en: 'Protect the scene and assist the police' },
        role: 'contractor',
        keyPoints: {
          zh: '封存相关监控录像，不得删改或扩散。',
          en: 'Secure the CCTV footage; never alter or leak it.',
        },
      },
      {
        code: 'notify-agency',
        name: { zh: '业主单位跟进', en: 'Agency follows up' },
        role: 'supervisor',
      },
      {
        code: 'review',
        name: { zh: '总结整改，追究责任', en: 'Review, rectify and hold to account' },
        role: 'leader',
        keyPoints: {
          zh: '书面报告存档，查找原因，落实整改措施。',
          en: 'File a written report, find the cause and see the fixes through.',
        },
      },
    ],
  },
  {
    code: 'SEC-WF-HANDOVER',
    name: { zh: '交接班流程', en: 'Shift handover' },
    steps: [
      {
        code: 'pre-check',
        name: { zh: '交班前巡查岗位', en: 'Outgoing guard checks the post' },
        role: 'contractor',
      },
      {
        code: 'record',
        name: { zh: '填写交接记录', en: 'Fill in the handover record' },
        role: 'contractor',
        keyPoints: {
          zh: '警情、待办事项、装备、钥匙、访客和车辆在场情况。',
          en: 'Incidents, open tasks, equipment, keys, and visitors and vehicles still on site.',
        },
      },
      {
        code: 'hand-over',
        name: { zh: '当面交接，双方签字', en: 'Hand over face to face; both sign' },
        role: 'contractor',
        keyPoints: { zh: '接班人未到，交班人不得离岗。', en: 'The outgoing guard stays until relieved.' },
      },
      {
        code: 'take-over',
        name: { zh: '接班检查装备与钥匙', en: 'Incoming guard checks equipment and keys' },
        role: 'contractor',
      },
      {
        code: 'spot-check',
        name: { zh: '监管员抽查交接记录', en: 'Supervisor spot-checks handover records' },
        role: 'supervisor',
      },
    ],
  },
];
