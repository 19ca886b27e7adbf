import type { Workflow } from '@steward/plugin-sdk';

/** ISO 9001-style procedures (R11) for block inspections (R13) and wage complaints (R17). */
export const workflows: readonly Workflow[] = [
  {
    code: 'vc.wf.joint-inspection',
    name: { zh: '服务企业联合检查（块检）流程', en: 'Joint (block) inspection of a vendor' },
    steps: [
      {
        code: 'plan',
        name: { zh: '制定检查计划并通知企业', en: 'Plan and notify the vendor' },
        role: 'supervisor',
        keyPoints: {
          zh: '列明需备查的资料：花名册、劳动合同、工资表、银行代发记录、社保缴费明细、证件。',
          en: 'List the records to prepare: roster, contracts, payroll, bank transfers, social-insurance statements, certificates.',
        },
      },
      { code: 'prepare', name: { zh: '准备备查资料', en: 'Prepare the records' }, role: 'contractor' },
      {
        code: 'site-check',
        name: { zh: '现场检查', en: 'Site inspection' },
        role: 'general_contractor',
        keyPoints: {
          zh: '监管部门、物业总承包与相关部门质量联络员共同查看现场。',
          en: 'Supervision department, general contractor and departmental liaison officers walk the site together.',
        },
      },
      {
        code: 'records-review',
        name: { zh: '资料抽查与员工访谈', en: 'Sample the records, interview staff' },
        role: 'supervisor',
        keyPoints: {
          zh: '抽查不少于10 %（至少5人）；管理人员回避访谈。',
          en: 'Sample at least 10 % (minimum 5); managers stay out of the interviews.',
        },
      },
      { code: 'liaison-sign', name: { zh: '联络员签字', en: 'Liaison officer signs' }, role: 'liaison' },
      {
        code: 'general-contractor-sign',
        name: { zh: '物业总承包签字', en: 'General contractor signs' },
        role: 'general_contractor',
      },
      { code: 'supervisor-sign', name: { zh: '监管员签字', en: 'Supervisor signs' }, role: 'supervisor' },
      {
        code: 'vendor-acknowledge',
        name: { zh: '企业确认检查结果', en: 'Vendor acknowledges the results' },
        role: 'contractor',
      },
      { code: 'notice', name: { zh: '下达整改通知', en: 'Issue rectification notices' }, role: 'supervisor' },
      {
        code: 'rectify',
        name: { zh: '限期整改并回复', en: 'Fix by the deadline and reply' },
        role: 'contractor',
      },
      { code: 'verify', name: { zh: '复查验证', en: 'Verify the fixes' }, role: 'supervisor' },
      { code: 'bulletin', name: { zh: '月度通报', en: 'Monthly bulletin' }, role: 'leader' },
    ],
  },
  {
    code: 'vc.wf.wage-complaint',
    name: { zh: '欠薪投诉处理流程', en: 'Wage-arrears complaint procedure' },
    description: {
      zh: '受理投诉 → 调查取证 → 责任追究（R17）。',
      en: 'Accept → investigate and collect evidence → hold accountable (R17).',
    },
    steps: [
      { code: 'accept', name: { zh: '受理登记', en: 'Accept and log' }, role: 'supervisor' },
      {
        code: 'investigate',
        name: { zh: '调查取证', en: 'Investigate and collect evidence' },
        role: 'supervisor',
        keyPoints: {
          zh: '调取工资表、考勤和银行代发记录，访谈当事员工。',
          en: 'Obtain payroll, time sheets and bank transfers; interview the employees concerned.',
        },
      },
      { code: 'explain', name: { zh: '企业书面说明', en: 'Vendor explains in writing' }, role: 'contractor' },
      {
        code: 'decide',
        name: { zh: '认定责任并决定处理', en: 'Decide responsibility and sanction' },
        role: 'leader',
      },
      {
        code: 'pay',
        name: { zh: '补发工资并提交凭证', en: 'Pay the arrears and show proof' },
        role: 'contractor',
      },
      {
        code: 'confirm',
        name: { zh: '向员工核实到账', en: 'Confirm receipt with the employees' },
        role: 'supervisor',
        keyPoints: {
          zh: '仍未解决的，告知员工可向劳动保障监察机构投诉。',
          en: 'If still unresolved, tell the employees they may complain to the labour inspectorate.',
        },
      },
    ],
  },
  {
    code: 'vc.wf.staff-change',
    name: { zh: '人员变更报备流程', en: 'Staff change notification' },
    steps: [
      {
        code: 'submit',
        name: { zh: '提交人员变更及证件', en: 'Submit the change with certificates' },
        role: 'contractor',
      },
      {
        code: 'check',
        name: {
          zh: '核验证件、合同与保密承诺',
          en: 'Check certificates, contract and confidentiality pledge',
        },
        role: 'general_contractor',
      },
      { code: 'approve', name: { zh: '备案或审批', en: 'Record or approve' }, role: 'supervisor' },
      {
        code: 'manager-approve',
        name: { zh: '项目经理更换审批', en: 'Approve a change of project manager' },
        role: 'leader',
      },
    ],
  },
];
