import type { MessageCatalogue } from '@steward/core';

/** Texts for the inspection plans' errors; merged into the API's catalogue in messages.ts. */
export const planMessages = {
  'plans.not_open': {
    'zh-CN': '该检查计划已完成或已取消，不能再修改。',
    en: 'This inspection plan is already done or cancelled and can no longer change.',
  },
  'plans.assignee_invalid': {
    'zh-CN': '只能指派给本单位可以实施检查的在岗人员。',
    en: 'Assign it to an active member of this agency who can carry out inspections.',
  },
  'plans.range_invalid': {
    'zh-CN': '结束日期不能早于开始日期，且查询范围不能超过 62 天。',
    en: 'The end date cannot be before the start date, and the range cannot exceed 62 days.',
  },
  'plans.reason_required': {
    'zh-CN': '请填写取消原因。',
    en: 'Give a reason for cancelling.',
  },
} satisfies MessageCatalogue;
