/**
 * A throwaway copy of the project whose content/ is the generated corpus, so the benchmark
 * runs the production build (same config, plugins, integrations, build script) without
 * touching the real content/ or the real build's caches.
 *
 * node_modules is a real folder of per-package symlinks rather than one symlink: Astro keeps
 * its content cache in node_modules/.astro, and a shared one would make the benchmark's
 * "cold" build warm and clobber the real project's cache.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function makeBenchProject(projectRoot: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  linkNodeModules(projectRoot, dir);
}

/** This project's packages, linked one by one into `dir`, whose Astro and Vite caches stay its own. */
export function linkNodeModules(projectRoot: string, dir: string): void {
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
}
