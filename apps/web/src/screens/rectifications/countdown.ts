const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Countdown {
  overdue: boolean;
  /** whole days, hours and minutes of the distance to the deadline */
  days: number;
  hours: number;
  minutes: number;
}

/** The distance from `now` to the deadline, for "2 d 3 h left" or "overdue by 40 min". */
export function countdown(deadline: string | Date, now: number): Countdown {
  const diff = new Date(deadline).getTime() - now;
  const abs = Math.abs(diff);
  return {
    overdue: diff < 0,
    days: Math.floor(abs / DAY),
    hours: Math.floor((abs % DAY) / HOUR),
    minutes: Math.floor((abs % HOUR) / 60_000),
  };
}
