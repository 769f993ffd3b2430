/** The example every time field's hint and error give, so people see the forms they may type. */
export const TIME_EXAMPLE = 'like 9am, 9:30 or 14:00';

const CLOCK = /^(\d{1,2})(?:([:.]?)(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i;

/**
 * A time of day as people type it, into the API's "HH:MM": "9", "9am", "9.30am", "9:30", "09.30", "0930",
 * "14.00", "14:00", "2pm", "2 PM", "12pm" (noon), "12am" (midnight); "24:00" is midnight at the end of a day.
 * The one reader of times for every form of the website; undefined for anything else.
 */
export function timeFrom(text: string): string | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [, hourText, separator, minuteText, meridiem] = match;
  // Without a separator only four digits ("0930") read as hours and minutes: "930" could be a slip.
  if (minuteText !== undefined && separator === '' && hourText.length !== 2) return undefined;
  let hours = Number(hourText);
  const minutes = Number(minuteText ?? '0');
  if (minutes > 59) return undefined;
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
