/**
 * Gale & Church (1993): the target length of a translation is normally distributed around
 * `ratio` × the source length, with variance proportional to the length.
 */
const VARIANCE_PER_CHARACTER = 6.8;

/** −log P(the two lengths are a translation pair's), two-tailed. */
export function lengthCost(sourceLength: number, targetLength: number, ratio: number): number {
  const mean = (sourceLength + targetLength / ratio) / 2;
  if (mean === 0) return 0;
  const z = Math.abs(ratio * sourceLength - targetLength) / Math.sqrt(VARIANCE_PER_CHARACTER * mean);
  return -logErfc(z / Math.SQRT2);
}

/** log(erfc(x)) for x ≥ 0, computed in log space so that long mismatches stay finite (Numerical Recipes' erfcc). */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const polynomial =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + polynomial;
}

/** Target characters per source character over the whole document: translations run longer or shorter. */
export function lengthRatio(sourceLengths: number[], targetLengths: number[]): number {
  const source = sourceLengths.reduce((sum, length) => sum + length, 0);
  const target = targetLengths.reduce((sum, length) => sum + length, 0);
  if (source === 0 || target === 0) return 1;
  return Math.min(2, Math.max(0.5, target / source));
}
