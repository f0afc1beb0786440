/** Remainder of a decimal number of any length (a string of digits) divided by 97, digit by digit. */
export function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i++) rest = (rest * 10 + digits.charCodeAt(i) - 48) % 97;
  return rest;
}
