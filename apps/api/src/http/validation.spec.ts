import type { StandardSchemaV1 } from '@standard-schema/spec';
import { z } from 'zod';
import { readableReason } from './validation';

const schema = z
  .object({
    title: z.string().trim().min(5).max(10),
    name: z.string().min(1),
    mode: z.enum(['onsite', 'remote']),
    days: z.number(),
    languages: z.array(z.string()).min(1, 'must name at least one language'),
  })
  .strict();

async function reasons(input: unknown): Promise<Record<string, string>> {
  const result = await schema['~standard'].validate(input);
  const issues = (result as StandardSchemaV1.FailureResult).issues ?? [];
  return Object.fromEntries(issues.map((issue) => [String(issue.path?.[0] ?? ''), readableReason(issue)]));
}

describe('readableReason', () => {
  it.each([
    ['a missing field', {}, 'days', 'is required'],
    ['a missing choice', {}, 'mode', 'must be one of: onsite, remote'],
    ['an empty required text', { name: '' }, 'name', 'is required'],
    ['a short text', { title: 'abc' }, 'title', 'must be at least 5 characters long'],
    ['a long text', { title: 'abcdefghijklmnop' }, 'title', 'must be at most 10 characters long'],
    ['a value outside the list', { mode: 'moon' }, 'mode', 'must be one of: onsite, remote'],
    ['a wrong type given', { days: 'ten' }, 'days', 'Invalid input: expected number, received string'],
    ['a message of our own', { languages: [] }, 'languages', 'must name at least one language'],
  ])('%s', async (_, input, field, expected) => {
    expect((await reasons(input))[field]).toBe(expected);
  });
});
