import type { Workflow } from '@steward/plugin-sdk';

/** ISO 9001-style procedures (R11): who does what, in order. */
export const workflows: readonly Workflow[] = [
  {
    code: 'cc.wf.meeting',
    name: { zh: '会务服务流程', en: 'Conference service procedure' },
    steps: [
      {
        code: 'request',
        name: { zh: '提交会务需求', en: 'Submit the meeting request' },
        role: 'recipient',
        keyPoints: {
          zh: '主办部门提前提交时间、人数、台型、设备、保密等级。',
          en: 'The host department sends time, attendance, layout, equipment and classification in advance.',
        },
      },
      {
        code: 'plan',
        name: { zh: '受理并制定服务方案', en: 'Accept and plan' },
        role: 'contractor',
        keyPoints: { zh: '确认需求单，落实人员分工。', en: 'Confirm the request form and assign staff.' },
      },
      {
        code: 'set-up',
        name: { zh: '会场布置与设备调试', en: 'Set up the room and test equipment' },
        role: 'contractor',
        keyPoints: {
          zh: '会议开始前30分钟完成布置、调试、标识、茶水与材料。',
          en: 'Layout, tests, signs, water and materials done 30 min before the start.',
        },
      },
      {
        code: 'pre-check',
        name: { zh: '会前检查', en: 'Pre-check' },
        role: 'supervisor',
        keyPoints: { zh: '重要会议按检查表逐项检查。', en: 'Important meetings: check item by item.' },
      },
      {
        code: 'in-session',
        name: { zh: '会中服务', en: 'Service during the meeting' },
        role: 'contractor',
        keyPoints: {
          zh: '签到、续水、设备值守，落实保密要求。',
          en: 'Sign-in, refills, equipment watch; confidentiality rules kept.',
        },
      },
      {
        code: 'restore',
        name: { zh: '会后清场与恢复', en: 'Clear and restore the room' },
        role: 'contractor',
        keyPoints: {
          zh: '回收涉密材料，登记遗留物品，1小时内恢复会场。',
          en: 'Collect classified papers, log items left behind, reset the room within 1 h.',
        },
      },
      {
        code: 'feedback',
        name: { zh: '服务评价', en: 'Rate the service' },
        role: 'recipient',
      },
    ],
  },
  {
    code: 'cc.wf.cleaning',
    name: { zh: '保洁质量控制流程', en: 'Cleaning quality control procedure' },
    steps: [
      { code: 'self-check', name: { zh: '承包单位自查', en: 'Vendor self-inspection' }, role: 'contractor' },
      {
        code: 'co-check',
        name: { zh: '物业总承包协查', en: 'General contractor check' },
        role: 'general_contractor',
      },
      {
        code: 'patrol',
        name: { zh: '监管员日常巡查', en: 'Supervisor’s daily patrol' },
        role: 'supervisor',
        keyPoints: { zh: '问题拍照取证。', en: 'Photograph every problem.' },
      },
      {
        code: 'report',
        name: { zh: '质量联络员随时反映问题', en: 'Liaison officers report problems' },
        role: 'liaison',
      },
      {
        code: 'notice',
        name: { zh: '下达整改通知', en: 'Issue a rectification notice' },
        role: 'supervisor',
      },
      {
        code: 'rectify',
        name: { zh: '限期整改并回复', en: 'Fix by the deadline and reply' },
        role: 'contractor',
      },
      { code: 'verify', name: { zh: '复查验证', en: 'Verify the fix' }, role: 'supervisor' },
    ],
  },
  {
    code: 'cc.wf.repair',
    name: { zh: '报修与急修流程', en: 'Repair and emergency repair procedure' },
    steps: [
      { code: 'report', name: { zh: '报修', en: 'Report a fault' }, role: 'recipient' },
      {
        code: 'dispatch',
        name: { zh: '受理派单', en: 'Log and dispatch' },
        role: 'general_contractor',
        keyPoints: {
          zh: '记录接报时间，区分急修与一般维修。',
          en: 'Record the time; tell emergencies from routine repairs.',
        },
      },
      {
        code: 'on-site',
        name: { zh: '到场处置', en: 'Reach the site' },
        role: 'contractor',
        keyPoints: { zh: '急修30分钟内到场。', en: 'Emergencies: on site within 30 min.' },
      },
      { code: 'repair', name: { zh: '维修完成并记录', en: 'Repair and log' }, role: 'contractor' },
      { code: 'follow-up', name: { zh: '回访', en: 'Follow-up call' }, role: 'general_contractor' },
      {
        code: 'review',
        name: { zh: '月度核查维修记录', en: 'Monthly review of repair logs' },
        role: 'supervisor',
      },
    ],
  },
  {
    code: 'cc.wf.satisfaction',
    name: { zh: '季度满意度测评流程', en: 'Quarterly satisfaction survey procedure' },
    steps: [
      {
        code: 'issue',
        name: { zh: '发放意见征求表', en: 'Send out the opinion survey' },
        role: 'supervisor',
      },
      { code: 'answer', name: { zh: '填写意见征求表', en: 'Answer the survey' }, role: 'recipient' },
      { code: 'tally', name: { zh: '统计满意率', en: 'Compute the satisfaction rate' }, role: 'supervisor' },
      {
        code: 'analyse',
        name: { zh: '联席办公会分析问题', en: 'Analyse at the joint office meeting' },
        role: 'leader',
      },
      { code: 'improve', name: { zh: '制定改进措施', en: 'Plan improvements' }, role: 'contractor' },
    ],
  },
];
