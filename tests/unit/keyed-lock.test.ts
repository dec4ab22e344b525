import { createKeyedLock } from '../../server/src/utils/keyed-lock';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createKeyedLock', () => {
  test('tasks of one key run one at a time, in arrival order', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([lock('a', task('1')), lock('a', task('2')), lock('a', task('3'))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  test('different keys do not wait for each other', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    let releaseA!: () => void;
    const a = lock('a', () => new Promise<void>((resolve) => (releaseA = resolve)).then(() => log.push('a')));
    await lock('b', async () => log.push('b'));
    releaseA();
    await a;
    expect(log).toEqual(['b', 'a']);
  });

  test('a task inside the lock may take it again without deadlock', async () => {
    const lock = createKeyedLock();
    await expect(lock('a', () => lock('a', async () => 'inner'))).resolves.toBe('inner');
  });

  test('a failing task releases the lock', async () => {
    const lock = createKeyedLock();
    await expect(lock('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock('a', async () => 'next')).resolves.toBe('next');
  });
});

test('onAcquire wraps the task that takes the lock, not a re-entry', async () => {
  const lock = createKeyedLock();
  let wrapped = 0;
  const onAcquire = <T>(run: () => Promise<T>) => {
    wrapped += 1;
    return run();
  };
  await lock('a', () => lock('a', async () => 'inner', onAcquire), onAcquire);
  expect(wrapped).toBe(1);
});
