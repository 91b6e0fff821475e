import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The toolbox has no I/O: its code may import only itself and @relais/domain. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('toolbox imports', () => {
  const files = sourceFiles(__dirname);

  it.each(files.map((file) => [file.slice(__dirname.length + 1), file]))('%s imports nothing with I/O', (_name, file) => {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'([^']+)'/g)].map((match) => match[1]);
    for (const specifier of specifiers) expect(specifier === '@relais/domain' || specifier.startsWith('.')).toBe(true);
  });

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });
});
