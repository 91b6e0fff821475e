/** Stops the servers the setup had to start (embedded PostgreSQL, redis-server, Meilisearch). */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __relaisTestServices?: Array<{ stop: () => Promise<void> }> }).__relaisTestServices ?? [];
  for (const service of started.reverse()) await service.stop();
}
