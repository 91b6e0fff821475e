import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['the pool waited too long for a connection', new Error('timeout exceeded when trying to connect'), true],
    ['a query got no answer in time', new Error('Query read timeout'), true],
    ['the server went away', new Error('Connection terminated unexpectedly'), true],
    ['nothing listens', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), true],
    ['the server is shutting down', withCode('terminating connection due to administrator command', '57P01'), true],
    ['the server is starting', withCode('the database system is starting up', '57P03'), true],
    ['too many connections', withCode('sorry, too many clients already', '53300'), true],
    ['wrapped by TypeORM', new QueryFailedError('SELECT 1', [], new Error('Query read timeout')), true],
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('duplicate key', '23505')), false],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['not an error', 'timeout exceeded when trying to connect', false],
  ])('%s', (_, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
