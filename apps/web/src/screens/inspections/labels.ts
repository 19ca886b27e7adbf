import { t } from '../../i18n/locale.ts';

export const kindName = (kind: string) =>
  ({
    patrol: t('insp.kind.patrol'),
    joint: t('insp.kind.joint'),
    leadership: t('insp.kind.leadership'),
    spot: t('insp.kind.spot'),
    self: t('insp.kind.self'),
    external: t('insp.kind.external'),
  })[kind] ?? kind;

export const sourceName = (source: string) =>
  ({ internal: t('insp.source.internal'), external: t('insp.source.external'), self: t('insp.source.self') })[
    source
  ] ?? source;

export const resultName = (result: string) =>
  ({ conform: t('insp.conform'), nonconform: t('insp.nonconform'), na: t('insp.na') })[result] ?? result;

export const statusName = (status: string) =>
  status === 'submitted' ? t('insp.status.submitted') : t('insp.status.draft');

export const certificateStateName = (state: string) =>
  ({ valid: t('insp.cert.valid'), expiring: t('insp.cert.expiring'), expired: t('insp.cert.expired') })[
    state
  ] ?? state;

export const partyName = (party: string) =>
  ({
    supervision: t('insp.party.supervision'),
    general_contractor: t('insp.party.general_contractor'),
    department: t('insp.party.department'),
    leader: t('insp.party.leader'),
    vendor: t('insp.party.vendor'),
  })[party] ?? party;
