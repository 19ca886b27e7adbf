import { type Accessor, createContext, useContext } from 'solid-js';
import { defaultTimeZone } from './format.ts';

/**
 * The tenant's time zone. Until tenants carry settings (issue 3) everything runs in Asia/Shanghai; a provider
 * higher up will supply the signed-in tenant's zone without any screen changing.
 */
export const TimeZoneContext = createContext<Accessor<string>>(() => defaultTimeZone);

export function useTimeZone(): Accessor<string> {
  return useContext(TimeZoneContext);
}
