// Calendar-month arithmetic with the specification's convention: "DR is at least N months after X"
// means !DR.isBefore(X.plusMonths(N)), and plusMonths clips the 31st to the month's last day
// (as java.time does). Dates are handled as UTC calendar dates.

/** Parses "yyyy-mm-dd" into a UTC Date, or null. */
export function parseIsoDate(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export function toIsoDate(date) {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year, monthIndex) {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Like java.time LocalDate.plusMonths: the day is clipped to the target month's length. */
export function plusMonths(date, months) {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex));
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Whether `date` is on or after `cutoff` (a value at the cut-off belongs to the later category). */
export function onOrAfter(date, cutoff) {
  return date.getTime() >= cutoff.getTime();
}

/** Completed calendar months from `from` to `to` (same convention as the engine's chronology). */
export function completedMonths(from, to) {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (months > 0 && !onOrAfter(to, plusMonths(from, months))) months -= 1;
  return months;
}

export function todayIso() {
  const now = new Date();
  return toIsoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}
