/** zh-CN and English text for consequences and early warnings; merged into the core catalogue. */
export const consequenceMessages = {
  'consequence.reward.score': {
    'zh-CN': '{period}月度考核{score}分（{band}），奖励{amount}元',
    en: '{period}: monthly assessment {score} points ({band}), reward CNY {amount}',
  },
  'consequence.deduction.score': {
    'zh-CN': '{period}月度考核{score}分（{band}），从服务保证金中扣除{amount}元',
    en: '{period}: monthly assessment {score} points ({band}), CNY {amount} deducted from the service deposit',
  },
  'consequence.reward.satisfaction': {
    'zh-CN': '{period}满意率{rate}%（{tier}），奖励{amount}元',
    en: '{period}: satisfaction rate {rate}% ({tier}), reward CNY {amount}',
  },
  'consequence.deduction.satisfaction': {
    'zh-CN': '{period}满意率{rate}%（{tier}），从服务保证金中扣除{amount}元',
    en: '{period}: satisfaction rate {rate}% ({tier}), CNY {amount} deducted from the service deposit',
  },
  'consequence.exit_warning': {
    'zh-CN': '同一问题整改{failures}次复查未通过，建议发出书面退出警告',
    en: 'A rectification failed verification {failures} times: written exit warning proposed',
  },
  'consequence.termination.quarters': {
    'zh-CN': '满意率连续{count}个季度低于合同要求的{target}%（{periods}），建议解除合同',
    en: 'Satisfaction below the contract target of {target}% for {count} consecutive quarters ({periods}): termination proposed',
  },
  'consequence.termination.years': {
    'zh-CN': '满意率连续{count}年低于合同要求的{target}%（{periods}），建议解除合同',
    en: 'Satisfaction below the contract target of {target}% for {count} consecutive years ({periods}): termination proposed',
  },
  'consequence.termination.poor_feedback': {
    'zh-CN': '{period}服务对象反映普遍较差（不满意{rate}%，共{responses}份），建议解除合同',
    en: '{period}: feedback generally poor ({rate}% dissatisfied of {responses} answers): termination proposed',
  },
  'consequence.retender': {
    'zh-CN': '合同自{start}起已满{years}年，应于{date}重新招标',
    en: 'The contract started on {start} and reached {years} years on {date}: it goes back to tender',
  },
  'consequence.exit.retender_lost': {
    'zh-CN': '重新招标由{winner}中标（中标通知书{reference}），现服务企业未中标，建议于合同期满{date}退出',
    en: 'The re-tender was awarded to {winner} (award notice {reference}); the incumbent did not win and exits when the contract ends on {date}',
  },
  'consequence.exit.retender_lost_handover': {
    'zh-CN':
      '重新招标由{winner}中标（中标通知书{reference}），现服务企业未中标，建议于合同期满{date}退出，交接期至{handover}',
    en: 'The re-tender was awarded to {winner} (award notice {reference}); the incumbent did not win and exits when the contract ends on {date}, handing over until {handover}',
  },
  'warning.termination.quarters': {
    'zh-CN': '满意率已连续{current}个季度低于目标{target}%——达到{threshold}个季度将触发解除合同建议',
    en: '{current} quarters below the {target}% target — {threshold} in a row trigger a termination proposal',
  },
  'warning.termination.years': {
    'zh-CN': '满意率已连续{current}年低于目标{target}%——达到{threshold}年将触发解除合同建议',
    en: '{current} year(s) below the {target}% target — {threshold} in a row trigger a termination proposal',
  },
  'warning.exit_warning': {
    'zh-CN': '整改已{current}次复查未通过——达到{threshold}次将触发书面退出警告',
    en: 'Rectification failed {current} time(s) — {threshold} failures trigger a written exit warning',
  },
  'warning.retender': {
    'zh-CN': '{months}个月后（{date}）合同满{years}年，需重新招标',
    en: 'Re-tender due in {months} month(s): the contract reaches {years} years on {date}',
  },
  'rules.bands_start_at_zero': { 'zh-CN': '第一档必须从0开始。', en: 'The first band must start at 0.' },
  'rules.bands_within_0_100': { 'zh-CN': '档位下限应在0到100之间。', en: 'A band starts between 0 and 100.' },
  'rules.bands_increasing': {
    'zh-CN': '各档下限必须递增。',
    en: 'Each band must start above the previous one.',
  },
  'rules.amount_integer_fen': { 'zh-CN': '金额应为整数（单位：分）。', en: 'Amounts are whole fen.' },
  'validation.positive_integer': { 'zh-CN': '应为正整数。', en: 'Must be a positive whole number.' },
} as const;
