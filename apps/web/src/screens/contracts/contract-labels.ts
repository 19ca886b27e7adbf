import { t } from '../../i18n/locale.ts';
import { localizedName } from '../vendors/labels.ts';
import type { ContractOptions } from './contract-api.ts';

export function contractStatusName(status: string): string {
  return status === 'active' || status === 'ended' || status === 'terminated'
    ? t(`contracts.status.${status}`)
    : status;
}

/** Service line ids → their names in the UI language, as far as the options know them. */
export function lineNames(options: ContractOptions | undefined, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const line = options?.serviceLines.find((l) => l.id === id);
      return line ? localizedName(line.name) : id;
    })
    .join('、');
}
