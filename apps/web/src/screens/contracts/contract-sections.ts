import type { Permission } from '@steward/access';
import { type Component, lazy } from 'solid-js';
import type { Contract, ContractOptions } from './contract-api.ts';
import { ContractSummarySection } from './summary-section.tsx';

export interface ContractSectionProps {
  contract: Contract;
  /** service line names, sites and vendors, for labels */
  options: ContractOptions | undefined;
  /** reloads the contract (after a change a section made to it) */
  reload: () => Promise<void>;
}

/**
 * One section of the contract page. Features add theirs here (one entry each): the score trend and its
 * lineage, inspections, rectifications… Each section loads its own data from `contract.id`.
 */
export interface ContractSection {
  id: string;
  /** lower comes first; leave gaps (10, 20…) */
  order: number;
  component: Component<ContractSectionProps>;
  /** shown only to users whose roles hold this permission (the API checks again) */
  permission?: Permission;
}

export const contractSections: ContractSection[] = [
  { id: 'summary', order: 0, component: ContractSummarySection },
  {
    id: 'scores',
    order: 20,
    component: lazy(() => import('./contract-score-sections.tsx')),
    permission: 'scores.read',
  },
  {
    id: 'inspections',
    order: 30,
    component: lazy(() => import('../inspections/contract-section.tsx')),
    permission: 'inspections.read',
  },
  {
    id: 'rectifications',
    order: 40,
    component: lazy(() => import('./contract-rectifications-section.tsx')),
    permission: 'rectifications.read',
  },
  {
    id: 'tenders',
    order: 60,
    component: lazy(() => import('../tenders/contract-tenders-section.tsx')),
    permission: 'tenders.read',
  },
  {
    id: 'edit',
    order: 90,
    component: lazy(() => import('./edit-section.tsx')),
    permission: 'contracts.manage',
  },
];
