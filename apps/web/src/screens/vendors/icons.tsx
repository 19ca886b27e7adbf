import { Icon } from '../../shell/icons.tsx';

export function VendorIcon() {
  return (
    <Icon>
      <path d="M3 21h18M5 21V8l7-4 7 4v13" />
      <path d="M9 21v-6h6v6M9 11h.01M15 11h.01" />
    </Icon>
  );
}

export function ContractIcon() {
  return (
    <Icon>
      <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z" />
      <path d="M14 3v5h5M8 13h8M8 17h5" />
    </Icon>
  );
}

export function AssignmentIcon() {
  return (
    <Icon>
      <circle cx="9" cy="7" r="3.5" />
      <path d="M2.5 20c.8-3.5 3.4-5.5 6.5-5.5s5.7 2 6.5 5.5M16 11l2 2 4-4" />
    </Icon>
  );
}
