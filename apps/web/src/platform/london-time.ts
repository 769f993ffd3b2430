/** An instant as a London wall clock: "Tuesday 1 December 2026, 10:00". */
export function londonTime(instant: string): string {
  return new Date(instant).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/London',
  });
}
