/**
 * The deploy guide's nginx configuration (deploy/nginx/so-tay.conf), run for real by
 * Debian's nginx on a loopback port with the /kb/ build as /var/www/kb: search and
 * navigation work through it, a missing page gets the site's 404 page, and Pagefind's
 * files, wasm and assets get the types and cache headers the guide promises.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { nginxBinary, type RunningNginx, startNginx } from '../support/nginx.ts';
import { KB_DIST, NGINX_CONF } from './kb-site.ts';

const PORT = Number(process.env.NGINX_PORT ?? 8088);
const binary = nginxBinary();
let nginx: RunningNginx;

test.describe.configure({ mode: 'serial' });
test.skip(
  !binary,
  'nginx is not installed and could not be installed (needs root on Debian/Ubuntu: apt-get install -y nginx; scripts/ensure-nginx.ts tries it and .ci/run installs it)',
);

test.beforeAll(async () => {
  nginx = await startNginx({ binary: binary!, build: KB_DIST, port: PORT, guideConf: NGINX_CONF });
  // The site ships no .wasm of its own today (Pagefind's is wasm.*.pagefind); a probe checks the type rule.
  writeFileSync(join(nginx.site, 'so-tay-probe.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
});
test.afterAll(async () => {
  await nginx?.stop();
});

const first = (dir: string, pattern: RegExp) => {
  const name = readdirSync(join(KB_DIST, dir)).find((n) => pattern.test(n));
  if (!name) throw new Error(`không có tệp ${pattern} trong dist-kb/${dir}`);
  return `/kb/${dir}/${name}`;
};

const SECURITY_HEADERS = ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'content-security-policy', 'permissions-policy'];
const SECURE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy': "frame-ancestors 'self'",
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

async function head(path: string) {
  const response = await fetch(`${nginx.url}${path}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
  await response.arrayBuffer();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    cache: response.headers.get('cache-control') ?? '',
    encoding: response.headers.get('content-encoding') ?? '',
    location: response.headers.get('location') ?? '',
    security: Object.fromEntries(SECURITY_HEADERS.map((name) => [name, response.headers.get(name) ?? ''])),
  };
}

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`JavaScript: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('khong-co-trang-nay')) problems.push(`${r.status()} ${r.url()}`);
  });
  void page.context().route('**/*', (route) => {
    if (route.request().url().startsWith(`${nginx.url}/`)) return route.continue();
    problems.push(`ra ngoài: ${route.request().url()}`);
    return route.abort();
  });
  return problems;
}

test('Pagefind files, wasm, hashed assets and HTML get the guide’s types, caching and compression', async () => {
  const immutable = 'public, max-age=31536000, immutable';
  const hashed = [
    first('pagefind', /\.pf_meta$/),
    first('pagefind/index', /\.pf_index$/),
    first('pagefind/fragment', /\.pf_fragment$/),
    first('pagefind/filter', /\.pf_filter$/),
  ];
  for (const path of hashed) expect(await head(path), path).toMatchObject({ status: 200, type: 'application/octet-stream', cache: immutable });
  expect(await head(first('pagefind', /^wasm\..*\.pagefind$/))).toMatchObject({ status: 200, type: 'application/octet-stream', cache: 'no-cache' });
  expect(await head('/kb/so-tay-probe.wasm')).toMatchObject({ status: 200, type: 'application/wasm' });
  expect(await head(first('_astro', /\.css$/))).toMatchObject({ status: 200, type: 'text/css', cache: immutable, encoding: 'gzip' });
  expect(await head('/kb/pagefind/pagefind.js')).toMatchObject({ status: 200, cache: 'no-cache', encoding: 'gzip' });
  expect(await head('/kb/')).toMatchObject({ status: 200, type: 'text/html', cache: 'no-cache', encoding: 'gzip' });
  expect(await head('/kb')).toMatchObject({ status: 301, location: '/kb/' });
  expect(await head('/kb/van-ban')).toMatchObject({ status: 301, location: '/kb/van-ban/' });
});

test('every kind of answer carries the security headers, a missing page’s too', async () => {
  const paths = [
    '/kb/',
    first('_astro', /\.css$/),
    first('pagefind', /\.pf_meta$/),
    first('pagefind/fragment', /\.pf_fragment$/),
    first('pagefind', /^wasm\..*\.pagefind$/),
    '/kb/so-tay-probe.wasm',
    '/kb/khong-co-trang-nay/',
  ];
  for (const path of paths) expect((await head(path)).security, path).toEqual(SECURE);
});

test('a missing page answers 404 with the site’s own page', async ({ page }) => {
  const problems = watch(page);
  const response = await page.goto(`${nginx.url}/kb/khong-co-trang-nay/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  // Its links and styles work from any depth: back home through the header.
  await page.locator('header').getByRole('link').first().click();
  await expect(page).toHaveURL(`${nginx.url}/kb/`);
  expect(problems).toEqual([]);
});

test('navigation through nginx: the header menu leads to the document list and a document', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${nginx.url}/kb/`);
  await page.locator('header nav').getByRole('link', { name: /Văn bản/ }).first().click();
  await expect(page).toHaveURL(`${nginx.url}/kb/van-ban/`);
  await page.locator('main a[href^="/kb/van-ban/"][href$="/"]').first().click();
  await expect(page).toHaveURL(/\/kb\/van-ban\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

test('search through nginx: a query without diacritics finds a page, and its link opens it', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${nginx.url}/kb/tim-kiem/?q=chat%20luong%20chi%20bo`);
  await expect(page.locator('[data-search-summary]').getByText(/\d+ kết quả cho/)).toBeVisible({ timeout: 20_000 });
  const result = page.locator('[data-search-results] a[data-result-link]').first();
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toHaveAttribute('href', /^\/kb\//);
  await result.click();
  await expect(page).toHaveURL(/\/kb\/(chu-de|chu-de-nam|bai-hoc|dai-hoi|van-ban|to-chuc|nguon)\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
  expect(nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
});
