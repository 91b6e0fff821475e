import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Where uploaded files live. One class so that another store (S3, a network disk) can replace
 * the local-disk default without touching the services; keys are ours (never a client's file
 * name), so a key cannot climb out of the storage folder.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/;

export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside then renamed: a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.part`;
    await writeFile(partial, data);
    await rename(partial, path);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`Unsafe storage key: ${key}`);
    return join(this.root, key);
  }
}
