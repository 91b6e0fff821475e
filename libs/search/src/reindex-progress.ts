/** One line of the reindex's progress: `needs          [#####---------------]    250/1000  25%`. */
export function progressLine(label: string, done: number, total: number, width = 30): string {
  // Rows published while the reindex runs can push `done` past the count taken at the start.
  const ratio = total <= 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  const counts = `${String(done).padStart(String(total).length)}/${total}`;
  return `${label.padEnd(14)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counts} ${String(Math.floor(ratio * 100)).padStart(3)}%`;
}
