import { error } from '@sveltejs/kit';

/**
 * A route's country code, upper-cased; anything else is a 404 rather than a failed API call.
 * @example countryParam('eg') // 'EG'
 */
export function countryParam(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) error(404, { message: `“${value}” is not a country code (two letters, such as EG).` });
  return code;
}
