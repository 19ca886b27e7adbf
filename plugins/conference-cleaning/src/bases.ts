import type { Basis, Deduction } from '@steward/plugin-sdk';

/** 机关事务管理条例 art. 21: office buildings follow property service standards. */
export const ADMIN_REGS_21: Basis = { rule: '机关事务管理条例', clause: '第二十一条', kind: 'verified' };
/** 机关事务管理条例 art. 27: agencies set service items and standards. */
export const ADMIN_REGS_27: Basis = { rule: '机关事务管理条例', clause: '第二十七条', kind: 'verified' };
export const CENTRAL_GUIDE_2018: Basis = {
  rule: '中央国家机关后勤服务指南（2018）',
  kind: 'practice',
  note: {
    zh: '指南仅核实了标题与适用范围（物业、安保、餐饮、会议、车辆），具体条款为通行做法。',
    en: 'Only the guide’s title and scope (property, security, catering, meetings, vehicles) were checked; the details are common practice.',
  },
};

/** The Sichuan provincial standard for government office property services; its cadences are verified. */
export const SICHUAN_2015 = (clause: string): Basis => ({
  rule: '川机管发〔2015〕53号',
  clause,
  kind: 'verified',
});

export const PRACTICE_MEETING: Basis = {
  rule: 'practice',
  clause: '会务服务通行做法',
  kind: 'practice',
  note: {
    zh: '无国家标准规定具体数值，作为默认值，机关可按合同调整。',
    en: 'No national standard sets the figure; it is a default the agency can change per contract.',
  },
};
export const PRACTICE_CLEANING: Basis = {
  rule: 'practice',
  clause: '保洁服务通行做法',
  kind: 'practice',
  note: {
    zh: '无国家标准规定具体频次，作为默认值，机关可按合同调整。',
    en: 'No national standard sets the frequency; it is a default the agency can change per contract.',
  },
};
export const SECRECY_LAW: Basis = {
  rule: '中华人民共和国保守国家秘密法',
  clause: '涉密会议、活动的保密管理',
  kind: 'practice',
  note: {
    zh: '主办单位应采取保密措施并对参加人员进行保密教育；条款序号随修订变化，未逐条核对。',
    en: 'The host must take secrecy measures and brief participants; the article number changes between revisions and was not checked.',
  },
};
export const WORK_SAFETY_30: Basis = {
  rule: '中华人民共和国安全生产法（2021）',
  clause: '第三十条',
  kind: 'verified',
};
export const WORK_SAFETY_42: Basis = {
  rule: '中华人民共和国安全生产法（2021）',
  clause: '第四十二条',
  kind: 'verified',
};
export const WASTE_SORTING: Basis = {
  rule: '中华人民共和国固体废物污染环境防治法（2020）',
  clause: '生活垃圾分类投放义务',
  kind: 'practice',
  note: {
    zh: '公共机构率先实行生活垃圾强制分类（国办发〔2017〕26号）；分类标准以当地规定为准。',
    en: 'Public institutions were the first required to sort waste (State Council General Office 2017 No. 26); categories follow local rules.',
  },
};
export const AC_TEMPERATURE: Basis = {
  rule: '国务院办公厅关于严格执行公共建筑空调温度控制标准的通知（国办发〔2007〕42号）',
  kind: 'practice',
  note: {
    zh: '公共建筑夏季空调温度不低于26 ℃、冬季不高于20 ℃；条文未在本项目来源中逐字核对。',
    en: 'Public buildings: no cooler than 26 °C in summer, no warmer than 20 °C in winter; not checked word for word against the source here.',
  },
};
export const SATISFACTION_PRACTICE: Basis = {
  rule: 'practice',
  clause: '季度意见征求，总体满意率 > 95 %',
  kind: 'practice',
  note: {
    zh: '无国家规定的测评方法或阈值；采用示范机关的做法作为默认值。',
    en: 'No national method or threshold exists; the model agency’s own practice is the default.',
  },
};

/** Points of the 100-point month: general problems 0.5–3, major (safety or legal red lines) 3–10. */
export const GENERAL_1: Deduction = { default: 1, min: 0.5, max: 3 };
export const GENERAL_2: Deduction = { default: 2, min: 0.5, max: 3 };
export const MAJOR_5: Deduction = { default: 5, min: 3, max: 10 };

/** The model agency's own practice (the seed), which art. 27 lets each agency set for itself. */
export const SEED_PRACTICE = (clause: string): Basis => ({
  rule: 'practice',
  clause,
  kind: 'practice',
  note: {
    zh: '示范机关的做法；机关事务管理条例第二十七条由各机关自定服务项目和标准，可按合同调整。',
    en: 'The model agency’s practice; art. 27 of the Regulations lets each agency set its own service items and standards, so it can be changed per contract.',
  },
});
