import { withinTime } from './time-limit';

describe('withinTime', () => {
  it('gives the result of work that ends in time', async () => {
    await expect(withinTime(Promise.resolve(42), 100, 'Redis')).resolves.toBe(42);
  });

  it('rejects, naming what did not answer, once the time is up', async () => {
    await expect(withinTime(new Promise(() => undefined), 20, 'Redis')).rejects.toThrow('Redis did not answer within 20 ms');
  });
});
