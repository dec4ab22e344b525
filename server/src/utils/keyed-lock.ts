import { AsyncLocalStorage } from 'async_hooks';

/**
 * Runs tasks one at a time per key, in arrival order. A task that is already inside the lock for a
 * key (a lifecycle hook writing again, say) runs at once instead of waiting for itself. `onAcquire`
 * wraps a task only when it takes the lock, not on re-entry (e.g. to take a database lock too).
 */
export const createKeyedLock = () => {
  const tails = new Map<string, Promise<void>>();
  const held = new AsyncLocalStorage<Set<string>>();

  return async <T>(
    key: string,
    task: () => Promise<T>,
    onAcquire: (task: () => Promise<T>) => Promise<T> = (run) => run()
  ): Promise<T> => {
    const mine = held.getStore();
    if (mine?.has(key)) return task();

    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const tail = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
    tails.set(key, tail);
    await previous;
    try {
      return await held.run(new Set([...(mine ?? []), key]), () => onAcquire(task));
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
};
