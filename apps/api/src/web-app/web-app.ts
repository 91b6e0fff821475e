import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from '@relais/config';

/** Vite names the files under assets/ by their content hash: a new build means new names. */
const ASSET_CACHE = { maxAge: 365 * 24 * 3600 * 1000, immutable: true };

const NOT_BUILT_PAGE = [
  '<!doctype html>',
  '<html lang="en"><head><meta charset="utf-8"><title>Relais: the web app is not built</title></head>',
  '<body><h1>The web app is not built</h1>',
  '<p>Run <code>npm run build</code>, then reload this page. The API answers at <a href="/api/docs">/api/docs</a>.</p>',
  "<p lang=\"fr\">L'application web n'est pas construite : lancez <code>npm run build</code>, puis rechargez la page.</p>",
  '</body></html>',
].join('\n');

/** The folder that holds package.json, above `from`: the same from the sources (ts-jest) and from dist/apps/api/src. */
export function repositoryRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json in ${from} or above`);
  }
}

export const webAppDir = (env: Pick<Env, 'WEB_DIST_DIR'>) => path.resolve(env.WEB_DIST_DIR ?? path.join(repositoryRoot(), 'dist', 'web'));

const isApiPath = (pathname: string) => pathname === '/api' || pathname.startsWith('/api/');

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/** The file a URL path names inside `dir`, relative to it; null for dotfiles, paths that climb out, or nothing. */
async function existingFile(dir: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter(Boolean);
  if (!segments.length || segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return null;
  const relative = segments.join('/');
  return (await isFile(path.join(dir, relative))) ? relative : null;
}

/** index.html must be asked for again each time, so that a new build (new asset names) is seen at once. */
function sendIndex(reply: FastifyReply, dir: string) {
  reply.header('cache-control', 'no-cache');
  return reply.sendFile('index.html', dir, { cacheControl: false });
}

function sendFile(reply: FastifyReply, dir: string, file: string) {
  if (file === 'index.html') return sendIndex(reply, dir);
  return reply.sendFile(file, dir, file.startsWith('assets/') ? ASSET_CACHE : {});
}

/**
 * Serves the web app's build at `/`: existing files as they are, and index.html for any other
 * path outside /api, so that the app's own router handles it (history fallback). Paths under
 * /api that no route matches go to the API's JSON 404. The folder is read on each request, so a
 * build made while the API runs is served without a restart.
 */
export async function serveWebApp(app: NestFastifyApplication, dir: string): Promise<void> {
  // Only the reply.sendFile decorator: the route below decides what each path means.
  await app.register(fastifyStatic, { serve: false });
  app.getHttpAdapter().getInstance().get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0];
    if (isApiPath(pathname)) return reply.callNotFound();
    const file = await existingFile(dir, pathname);
    if (file) return sendFile(reply, dir, file);
    if (!(await isFile(path.join(dir, 'index.html')))) {
      return reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    }
    return sendIndex(reply, dir);
  });
}
