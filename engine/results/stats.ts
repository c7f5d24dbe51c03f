/**
 * Small statistics kit for the results diff: mean, sample stddev (N-1), CoV %, median, and the
 * Welch t-test with the Student t CDF computed through the regularized incomplete beta function
 * (continued fraction, Numerical Recipes 6.4) and a Lanczos log-gamma. No dependency: the whole
 * thing is ~80 lines and must run unchanged in the webview bundle.
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Sample variance (divide by N-1); null with fewer than 2 values. */
export function variance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
}

/** Coefficient of variation in % (sample stddev / |mean| * 100); null with < 2 values or mean 0. */
export function stddevPct(values: readonly number[]): number | null {
  const m = mean(values);
  const v = variance(values);
  if (m === null || v === null || m === 0) return null;
  return (Math.sqrt(v) / Math.abs(m)) * 100;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Two-sided p-value of Student's t with `df` degrees of freedom: P(|T| >= |t|) = I_{df/(df+t²)}(df/2, 1/2). */
export function studentTTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

export interface WelchResult {
  t: number;
  df: number;
  pValue: number;
}

/**
 * Welch's unequal-variance t-test (two-sided). Needs >= 2 values per side, else null.
 * t = (mA - mB) / sqrt(vA/nA + vB/nB); df by Welch–Satterthwaite.
 * Both variances 0: p = 1 when the means are equal, 0 otherwise (the limit as the spread shrinks).
 */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchResult | null {
  const va = variance(a);
  const vb = variance(b);
  const ma = mean(a);
  const mb = mean(b);
  if (va === null || vb === null || ma === null || mb === null) return null;
  const sa = va / a.length;
  const sb = vb / b.length;
  const se2 = sa + sb;
  if (se2 === 0) return { t: ma === mb ? 0 : Number.POSITIVE_INFINITY, df: a.length + b.length - 2, pValue: ma === mb ? 1 : 0 };
  const t = (ma - mb) / Math.sqrt(se2);
  const df = (se2 * se2) / ((sa * sa) / (a.length - 1) + (sb * sb) / (b.length - 1));
  return { t, df, pValue: studentTTwoSided(t, df) };
}
