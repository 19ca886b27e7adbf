import type { Workflow } from '@steward/plugin-sdk';

/** 《机关餐饮工作流程》-style procedures (R11): purchase acceptance, sample retention, food safety incident. */
export const workflows: readonly Workflow[] = [
  {
    code: 'CAT-WF-PURCHASE',
    name: { zh: '采购验收流程', en: 'Purchase acceptance' },
    description: {
      zh: '从供应商准入到入库登记，保证原料来源可追溯（食品安全法第五十三条、第五十五条）。',
      en: 'From supplier approval to stock entry, keeping ingredients traceable (Food Safety Law art. 53, 55).',
    },
    steps: [
      {
        code: 'supplier',
        name: { zh: '供应商准入与索证', en: 'Approve supplier and collect documents' },
        role: 'contractor',
        keyPoints: {
          zh: '查验许可证、营业执照，签订供货协议，建立合格供应商名录。',
          en: 'Check licences and business licence, sign a supply agreement, keep an approved-supplier list.',
        },
      },
      {
        code: 'receive',
        name: { zh: '到货验收', en: 'Check goods on delivery' },
        role: 'contractor',
        keyPoints: {
          zh: '感官检查、冷链温度检查、核对每批次合格证明和票据，票货相符。',
          en: 'Sensory check, cold-chain temperature, batch certificates and invoices matched to goods.',
        },
      },
      {
        code: 'reject',
        name: { zh: '不合格品拒收', en: 'Reject nonconforming goods' },
        role: 'contractor',
        keyPoints: {
          zh: '拒收并登记原因，通知供应商退换。',
          en: 'Refuse, log the reason, have the supplier replace them.',
        },
      },
      {
        code: 'ledger',
        name: { zh: '入库登记台账', en: 'Record in the purchase ledger' },
        role: 'contractor',
        keyPoints: {
          zh: '记录名称、规格、数量、批号、保质期、进货日期和供货者，凭证按期保存。',
          en: 'Record name, specification, quantity, batch, shelf life, date and supplier; keep vouchers for the required period.',
        },
      },
      {
        code: 'review',
        name: { zh: '监管抽查台账', en: 'Supervisor reviews the ledger' },
        role: 'supervisor',
        keyPoints: {
          zh: '每周抽查票证与台账一致性，发现问题下达整改通知。',
          en: 'Weekly sample of vouchers against the ledger; issue a rectification notice for any gap.',
        },
      },
    ],
  },
  {
    code: 'CAT-WF-SAMPLE',
    name: { zh: '食品留样流程', en: 'Food sample retention' },
    steps: [
      {
        code: 'take',
        name: { zh: '成品取样', en: 'Take samples' },
        role: 'contractor',
        keyPoints: {
          zh: '每餐次每个品种取样不少于125克，装入清洁消毒的专用密闭容器。',
          en: 'At least 125 g of every dish of every meal, in a clean, disinfected, closed container.',
        },
      },
      {
        code: 'label',
        name: { zh: '标签与记录', en: 'Label and log' },
        role: 'contractor',
        keyPoints: {
          zh: '标明餐次、品名、留样时间、留样人，填写留样记录。',
          en: 'Label with meal, dish, time and person; fill in the sample log.',
        },
      },
      {
        code: 'store',
        name: { zh: '专柜冷藏48小时以上', en: 'Refrigerate at least 48 hours' },
        role: 'contractor',
        keyPoints: {
          zh: '专用冷藏设备，不混放其他物品。',
          en: 'Dedicated refrigerator, nothing else stored in it.',
        },
      },
      {
        code: 'dispose',
        name: { zh: '到期处理登记', en: 'Dispose of expired samples and log it' },
        role: 'contractor',
      },
      {
        code: 'spot',
        name: { zh: '监管抽查', en: 'Supervisor spot check' },
        role: 'supervisor',
        keyPoints: {
          zh: '不定期称重、核对菜单与留样记录。',
          en: 'Unannounced weighing; compare the menu with the sample log.',
        },
      },
    ],
  },
  {
    code: 'CAT-WF-INCIDENT',
    name: { zh: '食品安全事故处置流程', en: 'Food safety incident response' },
    description: {
      zh: '事故单位立即采取措施防止扩大，并向所在地县级市场监管、卫生健康部门报告（食品安全法第一百零三条）。',
      en: 'Contain the incident at once and report it to the county market regulator and health authority (Food Safety Law art. 103).',
    },
    steps: [
      {
        code: 'stop',
        name: { zh: '停止供餐并救治', en: 'Stop serving and get medical care' },
        role: 'contractor',
        keyPoints: {
          zh: '立即停止供应可疑食品，协助送医，不得隐瞒、谎报、缓报。',
          en: 'Stop serving suspect food, help get the sick to hospital; never conceal, misreport or delay.',
        },
      },
      {
        code: 'seal',
        name: { zh: '封存留样与现场', en: 'Seal samples and the scene' },
        role: 'contractor',
        keyPoints: {
          zh: '封存留样、可疑食品、原料及工用具，保护现场。',
          en: 'Seal retained samples, suspect food, ingredients and utensils; preserve the scene.',
        },
      },
      {
        code: 'report',
        name: { zh: '报告业主和监管部门', en: 'Report to the agency and the authorities' },
        role: 'supervisor',
        keyPoints: {
          zh: '报告局领导，并向县级市场监管、卫生健康部门报告。',
          en: 'Inform bureau leaders and report to the county market regulator and health authority.',
        },
      },
      {
        code: 'investigate',
        name: { zh: '配合调查取证', en: 'Support the investigation' },
        role: 'external_inspector',
        keyPoints: {
          zh: '提供留样、台账、监控录像等资料。',
          en: 'Provide samples, ledgers and CCTV footage.',
        },
      },
      {
        code: 'rectify',
        name: { zh: '整改与复核', en: 'Rectify and verify' },
        role: 'supervisor',
      },
      {
        code: 'accountability',
        name: { zh: '责任追究', en: 'Hold to account' },
        role: 'leader',
        keyPoints: {
          zh: '依据合同扣分、扣款，情节严重的启动退出程序。',
          en: 'Deduct points and money under the contract; start the exit procedure in serious cases.',
        },
      },
    ],
  },
];
