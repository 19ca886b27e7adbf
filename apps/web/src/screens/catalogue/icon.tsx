/** A stack of checklists: the service-line catalogue (drawn like the shell's icons, 24-unit grid). */
export function CatalogueIcon() {
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
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="m8 8 1.5 1.5L12 7" />
      <path d="M14 8.5h3" />
      <path d="m8 14 1.5 1.5L12 13" />
      <path d="M14 14.5h3" />
    </svg>
  );
}
