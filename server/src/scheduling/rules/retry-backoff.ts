const DAY_SECONDS = 86400;

/** Seconds to wait before retrying after the `attempts`-th failed run: base, 2×base, 4×base…, at most a day. */
export const retryDelaySeconds = (attempts: number, baseSeconds: number): number =>
  Math.min(DAY_SECONDS, baseSeconds * 2 ** Math.max(0, attempts - 1));

/** Whether an entry that failed its `attempts`-th run is tried again. */
export const shouldRetry = (attempts: number, maxAttempts: number): boolean => attempts < maxAttempts;
