import type { JSX } from 'solid-js';

function Svg(props: { children: JSX.Element }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {props.children}
    </svg>
  );
}

/** A speech bubble with an exclamation mark: complaints. */
export function ComplaintIcon() {
  return (
    <Svg>
      <path d="M4 5h16v11H9l-5 4z" />
      <path d="M12 8v3" />
      <circle cx="12" cy="13.5" r=".6" />
    </Svg>
  );
}

/** A phone with a camera lens: the liaison officer's report. */
export function ReportIcon() {
  return (
    <Svg>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <circle cx="12" cy="11" r="2.5" />
      <path d="M11 18.5h2" />
    </Svg>
  );
}

/** A table with people around it: the joint office meeting. */
export function MeetingIcon() {
  return (
    <Svg>
      <rect x="6" y="10" width="12" height="5" rx="1" />
      <circle cx="8" cy="6" r="1.8" />
      <circle cx="16" cy="6" r="1.8" />
      <path d="M8 15v4M16 15v4" />
    </Svg>
  );
}
