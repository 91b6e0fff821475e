/** Drops the run's database and stops the servers the setup had to start, last first. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __relaisTestServices?: Array<{ stop: () => Promise<void> }> }).__relaisTestServices ?? [];
  for (const service of started.reverse()) await service.stop();
}
