import type { Workflow } from '@steward/plugin-sdk';

export const workflows: readonly Workflow[] = [
  {
    code: 'elevator.wf.maintenance-visit',
    name: { zh: '维保作业流程', en: 'Maintenance visit' },
    description: {
      zh: '从年度维保计划到记录归档的一次维保作业。',
      en: 'One maintenance visit, from the yearly plan to the filed record.',
    },
    steps: [
      {
        code: 'plan',
        name: { zh: '制定维保计划', en: 'Plan the visits' },
        role: 'contractor',
        keyPoints: {
          zh: '按半月、季度、半年、年度分级排期，相邻两次不超过15日，报使用单位备案。',
          en: 'Schedule by level; never more than 15 days apart; file the plan with the owner.',
        },
      },
      {
        code: 'arrive',
        name: { zh: '到场签到', en: 'Sign in on site' },
        role: 'contractor',
        keyPoints: {
          zh: '持证人员到场，出示证件并签到。',
          en: 'Certified technicians arrive, show certificates, sign in.',
        },
      },
      {
        code: 'secure',
        name: { zh: '设置警示与防护', en: 'Secure the work area' },
        role: 'contractor',
        keyPoints: {
          zh: '基站及作业层设置警示标志和围挡，轿内无乘客后方可作业。',
          en: 'Signs and barriers at the main floor and work floors; start only when the car is empty.',
        },
      },
      {
        code: 'perform',
        name: { zh: '按检查表作业', en: 'Work through the checklist' },
        role: 'contractor',
        keyPoints: {
          zh: '逐项完成本级附件A项目，试验、测量项拍照并记录数值。',
          en: 'Do every Annex A item of the level; photograph tests and measurements and enter the values.',
        },
      },
      {
        code: 'record',
        name: { zh: '填写维保记录', en: 'Complete the record' },
        role: 'contractor',
        keyPoints: { zh: '记录发现的问题和更换的部件。', en: 'Note problems found and parts replaced.' },
      },
      {
        code: 'sign-off',
        name: { zh: '使用单位签字确认', en: 'Owner signs off' },
        role: 'supervisor',
        keyPoints: {
          zh: '安全管理人员核对记录与现场，签字确认。',
          en: 'The safety officer compares record and site, then signs.',
        },
      },
      {
        code: 'verify',
        name: { zh: '抽查复核', en: 'Spot-check' },
        role: 'supervisor',
        keyPoints: {
          zh: '每月至少抽查一次作业，发现问题下发整改通知。',
          en: 'Join at least one visit a month; issue rectification notices for findings.',
        },
      },
      {
        code: 'archive',
        name: { zh: '归档', en: 'File' },
        role: 'contractor',
        keyPoints: {
          zh: '记录存入电梯技术档案，保存不少于4年。',
          en: 'File in the lift’s technical file for at least 4 years.',
        },
      },
    ],
  },
  {
    code: 'elevator.wf.rescue',
    name: { zh: '电梯困人救援流程', en: 'Trapped-passenger rescue' },
    steps: [
      {
        code: 'alarm',
        name: { zh: '报警', en: 'Raise the alarm' },
        role: 'recipient',
        keyPoints: {
          zh: '通过轿内对讲或救援电话报警。',
          en: 'Call through the car intercom or the rescue number.',
        },
      },
      {
        code: 'receive',
        name: { zh: '接警安抚', en: 'Take the call and reassure' },
        role: 'general_contractor',
        keyPoints: {
          zh: '值班人员记录接警时间，安抚被困人员，立即通知维保单位。',
          en: 'The duty officer logs the time, reassures the passengers and calls the maintainer at once.',
        },
      },
      {
        code: 'dispatch',
        name: { zh: '出发并到达现场', en: 'Dispatch and arrive' },
        role: 'contractor',
        keyPoints: {
          zh: '30分钟内到达（非设区的市一般1小时内），记录到达时间。',
          en: 'On site within 30 minutes (about 1 hour outside prefecture-level cities); log the arrival time.',
        },
      },
      {
        code: 'rescue',
        name: { zh: '实施救援', en: 'Rescue' },
        role: 'contractor',
        keyPoints: {
          zh: '切断主电源，确认轿厢位置，按规程盘车或松闸平层后开门放人。',
          en: 'Cut the main power, locate the car, wind or release the brake to a floor, then open the doors.',
        },
      },
      {
        code: 'restore',
        name: { zh: '排查与恢复', en: 'Diagnose and restore' },
        role: 'contractor',
        keyPoints: {
          zh: '查明故障原因；未排除前停梯并设置警示。',
          en: 'Find the cause; keep the lift out of service with warnings until fixed.',
        },
      },
      {
        code: 'report',
        name: { zh: '提交救援记录', en: 'Submit the rescue record' },
        role: 'contractor',
        keyPoints: {
          zh: '记录接警、到达、解困时间和原因。',
          en: 'Call, arrival and release times and the cause.',
        },
      },
      {
        code: 'review',
        name: { zh: '核查与上报', en: 'Review and escalate' },
        role: 'supervisor',
        keyPoints: {
          zh: '核对到达时限；滞留2小时以上按一般事故报告。',
          en: 'Check the arrival time; report 2 hours or more trapped as a general accident.',
        },
      },
    ],
  },
  {
    code: 'elevator.wf.fault-repair',
    name: { zh: '电梯故障维修流程', en: 'Fault repair' },
    steps: [
      {
        code: 'report',
        name: { zh: '报修', en: 'Report the fault' },
        role: 'liaison',
        keyPoints: { zh: '说明电梯编号、楼层和现象。', en: 'Give the lift number, floor and symptom.' },
      },
      {
        code: 'log',
        name: { zh: '登记与停梯', en: 'Log and take out of service' },
        role: 'general_contractor',
        keyPoints: {
          zh: '登记报修，必要时停梯并在各层设置警示。',
          en: 'Log the report; where needed stop the lift and post warnings on every floor.',
        },
      },
      {
        code: 'repair',
        name: { zh: '诊断维修', en: 'Diagnose and repair' },
        role: 'contractor',
        keyPoints: {
          zh: '更换安全部件或重大修理须按规定告知并接受监督检验。',
          en: 'Replacing safety components or major repairs need notification and supervisory inspection as the rules require.',
        },
      },
      {
        code: 'test',
        name: { zh: '试运行', en: 'Test run' },
        role: 'contractor',
        keyPoints: {
          zh: '空载上下运行并验证安全回路。',
          en: 'Run empty up and down and prove the safety circuit.',
        },
      },
      {
        code: 'accept',
        name: { zh: '验收确认', en: 'Accept' },
        role: 'supervisor',
        keyPoints: { zh: '确认恢复运行，签字。', en: 'Confirm the lift is back in service and sign.' },
      },
      {
        code: 'analyse',
        name: { zh: '故障分析', en: 'Analyse' },
        role: 'supervisor',
        keyPoints: {
          zh: '30日内同类故障达到3次的，下发整改通知。',
          en: 'A third occurrence of the same fault in 30 days gets a rectification notice.',
        },
      },
    ],
  },
];
