import type { MessageCatalogue } from '@steward/core';

/** Texts for rectification, score and consequence errors; merged into the API's catalogue in messages.ts. */
export const supervisionOutcomeMessages = {
  'rectification.not_a_finding': {
    'zh-CN': '只能对已提交检查中的不合格项下发整改通知。',
    en: 'A rectification notice can only be raised for a nonconformity of a submitted inspection.',
  },
  'rectification.superseded': {
    'zh-CN': '该检查记录已被更正，请对更正后的记录下发整改通知。',
    en: 'This inspection was corrected; raise the notice on the correction instead.',
  },
  'rectification.unsigned': {
    'zh-CN': '联合检查尚未由各方全部签字，签字后才能下发整改通知。',
    en: 'Not every party has signed this joint inspection yet; raise the notice once all have signed.',
  },
  'rectification.already_verified': {
    'zh-CN': '该整改通知已复查，不能再修改。',
    en: 'This notice has already been verified and can no longer change.',
  },
  'rectification.not_answered': {
    'zh-CN': '整改单位尚未回复：期限届满前不能复查；逾期未回复只能判定为“未整改”。',
    en: 'The vendor has not answered yet: it cannot be verified before the deadline, and after it only as “not fixed”.',
  },
  'rectification.note_required': {
    'zh-CN': '判定为部分整改或未整改时，请写明原因。',
    en: 'Say why when the work is partly fixed or not fixed.',
  },
  'rectification.evidence_invalid': {
    'zh-CN': '部分照片不存在、不是您上传的，或已关联到其他记录。',
    en: 'Some photos do not exist, were not uploaded by you, or are already attached to another record.',
  },
  'rectification.not_your_contract': {
    'zh-CN': '总承包单位只能复查其协管合同中其他单位的整改。',
    en: 'A general contractor verifies only other vendors’ notices on the contracts it helps supervise.',
  },
  'score.bonus_self_approval': {
    'zh-CN': '加分须由录入人以外的人员审批。',
    en: 'A bonus must be approved by someone other than the person who entered it.',
  },
  'score.bonus_already_approved': {
    'zh-CN': '该加分已由他人审批。',
    en: 'This bonus was already approved by someone else.',
  },
  'consequence.already_decided': {
    'zh-CN': '该处理建议已有决定。',
    en: 'This proposal has already been decided.',
  },
  'consequence.self_decision': {
    'zh-CN': '提出建议的人不能自己决定，请由其他领导决定。',
    en: 'Whoever proposed it cannot decide it; another leader must.',
  },
} satisfies MessageCatalogue;
