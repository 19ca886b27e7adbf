import type { MessageCatalogue } from '@steward/core';

/** Texts for contract and supervisor-assignment errors; merged into the API's catalogue in messages.ts. */
export const contractMessages = {
  'contract.code_taken': {
    'zh-CN': '合同编号“{code}”已被使用。',
    en: 'The contract number “{code}” is already in use.',
  },
  'contract.vendor_unknown': {
    'zh-CN': '本单位没有这家服务企业。',
    en: 'This agency has no such vendor.',
  },
  'contract.general_contractor_is_vendor': {
    'zh-CN': '物业总承包不能是合同的承包单位本身。',
    en: 'The general contractor cannot be the contract’s own vendor.',
  },
  'contract.site_unknown': {
    'zh-CN': '所选场所中有不属于本单位的场所。',
    en: 'One of the chosen sites does not belong to this agency.',
  },
  'contract.service_line_not_enabled': {
    'zh-CN': '所选服务条线中有本单位尚未启用的条线，请先在服务目录中启用。',
    en: 'One of the chosen service lines is not enabled for this agency; enable it in the catalogue first.',
  },
  'contract.ends_before_start': {
    'zh-CN': '合同截止日期不能早于起始日期。',
    en: 'The contract cannot end before it starts.',
  },
  'assignment.not_a_supervisor': {
    'zh-CN': '只能指派角色为“监管员”的有效成员。',
    en: 'Only active members with the supervisor role can be assigned.',
  },
  'assignment.service_line_not_enabled': {
    'zh-CN': '本单位尚未启用该服务条线。',
    en: 'This service line is not enabled for this agency.',
  },
} as const satisfies MessageCatalogue;
