/** Stops the embedded PostgreSQL if the setup had to start one. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedPostgres?: { stop: () => Promise<void> } }).__embeddedPostgres;
  await embedded?.stop();
}
