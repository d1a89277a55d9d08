const MS_PER_DAY = 86_400_000;

/**
 * `new Date(ms).toISOString()`, without the `Date`: the same string (UTC, milliseconds, `Z`)
 * for years 0000–9999, several times faster on Node 20, which matters when the analysis JSON
 * of a large board is built (thousands of times). Other years, and fractional milliseconds
 * (truncated, like `Date`), defer to or match `Date`.
 *
 * @throws RangeError like `Date#toISOString` for times outside ±8.64e15 ms or non-finite ones.
 */
export function formatIsoUtc(epochMs: number): string {
  const ms = Math.trunc(epochMs);
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse), proleptic Gregorian.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) return new Date(epochMs).toISOString();

  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return (
    pad4(year) + '-' + pad2(month) + '-' + pad2(day) + 'T' +
    pad2(hours) + ':' + pad2(minutes) + ':' + pad2(seconds) + '.' + pad3(millis) + 'Z'
  );
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function pad3(n: number): string {
  return n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n;
}

function pad4(n: number): string {
  return n < 10 ? '000' + n : n < 100 ? '00' + n : n < 1000 ? '0' + n : '' + n;
}
