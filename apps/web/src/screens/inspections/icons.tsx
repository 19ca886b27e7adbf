/** Line icons of the inspection screens, on the shell's 24-unit grid; decorative. */
function Svg(props: { d: string[] }) {
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
      {props.d.map((d) => (
        <path d={d} />
      ))}
    </svg>
  );
}

export const ClipboardIcon = () => <Svg d={['M9 4h6v3H9z', 'M7 5H5v16h14V5h-2', 'M8 12l3 3 5-6']} />;
export const BadgeIcon = () => <Svg d={['M12 3l7 3v6c0 4-3 7-7 9-4-2-7-5-7-9V6z', 'M9 12l2 2 4-4']} />;
