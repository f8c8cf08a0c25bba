const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  اغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  كانون: 0,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  تشرين: 0,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * YYYY-MM-DD when year, month and day make a real calendar day (years 1900 to 2200), else null.
 *
 * @example
 * calendarDay(2017, 2, 29); // null
 */
export function calendarDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date as sources print it ("2015-08-10 19:23:06", "08 May 2024, 23:15", "18 يوليو 2012",
 * "2024-05-08T10:00:00Z", a bare year) as YYYY-MM-DD, or null when it cannot be read. A bare year
 * becomes its first of January; records then still fall in the right year bucket.
 *
 * @example
 * normalizeDate('08 May 2024, 23:15'); // '2024-05-08'
 */
export function normalizeDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const s = value.trim().replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/.exec(s);
  if (m) return calendarDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /(\d{1,2})\s+([\p{L}]+)\.?,?\s+(\d{4})/u.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase().slice(0, /^[a-z]/i.test(m[2]!) ? 3 : undefined)];
    if (month) return calendarDay(Number(m[3]), month, Number(m[1]));
  }
  m = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    if (month) return calendarDay(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return calendarDay(Number(m[1]), 1, 1);
  return null;
}
