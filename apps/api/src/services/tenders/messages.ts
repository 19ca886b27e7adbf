/** zh-CN and English text for re-tender errors (R22). */
export const tenderMessages = {
  'tender.contract_not_active': {
    'zh-CN': '只能对履行中的合同重新招标。',
    en: 'Only an active contract can be re-tendered.',
  },
  'tender.flag_mismatch': {
    'zh-CN': '该重新招标提示不属于此合同。',
    en: 'That re-tender flag belongs to another contract.',
  },
  'tender.not_open': {
    'zh-CN': '该招标已定标或已取消，不能再修改。',
    en: 'The tender is awarded or cancelled and cannot change.',
  },
  'tender.unknown_vendor': { 'zh-CN': '没有这个服务企业。', en: 'There is no such vendor.' },
  'tender.winner_not_bidder': {
    'zh-CN': '中标单位必须是已登记的投标单位。',
    en: 'The winner must be one of the recorded bidders.',
  },
  'tender.awarded_before_opened': {
    'zh-CN': '定标日期不能早于招标开始日期。',
    en: 'The award date cannot be before the tender opened.',
  },
  'tender.handover_before_award': {
    'zh-CN': '交接期截止日不能早于定标日期。',
    en: 'The handover cannot end before the award date.',
  },
  'tender.date_in_future': { 'zh-CN': '日期不能晚于今天。', en: 'The date cannot be after today.' },
  'tender.closes_before_opened': {
    'zh-CN': '投标截止日期不能早于招标开始日期。',
    en: 'Bids cannot close before the tender opens.',
  },
} as const;
