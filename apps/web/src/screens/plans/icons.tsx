/** Line icons of the plans screens, on the shell's 24-unit grid; decorative. */
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

export const TodayIcon = () => (
  <Svg d={['M9 11l2 2 4-4', 'M5 4h14a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Z']} />
);
export const CalendarIcon = () => (
  <Svg
    d={['M4 6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1Z', 'M4 10h16M8 3v4M16 3v4']}
  />
);
export const AlarmIcon = () => (
  <Svg d={['M12 8v5l3 2', 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16Z', 'M4 4 2 6M20 4l2 2']} />
);
