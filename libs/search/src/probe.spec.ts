import { Meilisearch } from 'meilisearch';
import { request } from 'undici';
it('loads', async () => {
  const c = new Meilisearch({ host: 'http://127.0.0.1:7799' });
  expect(await c.health()).toEqual({ status: 'available' });
  expect(typeof request).toBe('function');
});
