import { Icon } from '../../shell/icons.tsx';

/** A speech bubble with an exclamation mark: complaints. */
export function ComplaintIcon() {
  return (
    <Icon>
      <path d="M4 5h16v11H9l-5 4z" />
      <path d="M12 8v3" />
      <circle cx="12" cy="13.5" r=".6" />
    </Icon>
  );
}

/** A phone with a camera lens: the liaison officer's report. */
export function ReportIcon() {
  return (
    <Icon>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <circle cx="12" cy="11" r="2.5" />
      <path d="M11 18.5h2" />
    </Icon>
  );
}

/** A table with people around it: the joint office meeting. */
export function MeetingIcon() {
  return (
    <Icon>
      <rect x="6" y="10" width="12" height="5" rx="1" />
      <circle cx="8" cy="6" r="1.8" />
      <circle cx="16" cy="6" r="1.8" />
      <path d="M8 15v4M16 15v4" />
    </Icon>
  );
}
