// `multipleOf` on the decimal numbers JSON writes: 0.0075 is a multiple of 0.0001 although
// 0.0075 / 0.0001 is 74.99999999999999 in binary floating point.

/** How many decimal places a number's shortest decimal form has (1e-7: 7). */
function decimals(n: number): number {
  const [mantissa = "", exponent] = String(n).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  if (!Number.isFinite(quotient)) return false;
  if (Number.isInteger(quotient)) return true;
  // Far from a whole number: no rounding error explains that (the exact test is for near misses).
  if (Math.abs(quotient - Math.round(quotient)) > 1e-6) return false;
  // Scale both to integers by the longer decimal fraction, then divide exactly.
  const places = Math.max(decimals(value), decimals(divisor));
  if (places > 20) return false;
  const scale = 10 ** places;
  const a = Math.round(value * scale);
  const b = Math.round(divisor * scale);
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) && b !== 0 && a % b === 0;
}
