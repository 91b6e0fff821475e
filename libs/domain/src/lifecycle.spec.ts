import { nextStatus } from './lifecycle';

describe('nextStatus', () => {
  it.each([
    ['draft', 'publish', 'open'],
    ['closed', 'publish', 'open'],
    ['open', 'publish', null],
    ['draft', 'close', 'closed'],
    ['open', 'close', 'closed'],
    ['closed', 'close', null],
  ] as const)('%s + %s -> %s', (current, action, expected) => {
    expect(nextStatus(current, action)).toBe(expected);
  });
});
