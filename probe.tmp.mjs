import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('pageerror', e => console.log('pageerror', e.message));
const base = process.env.BASE ?? 'http://127.0.0.1:4456/';
for (const q of process.argv.slice(2)) {
  await page.goto(base + 'tim-kiem/?q=' + encodeURIComponent(q));
  try { await page.locator('pagefind-results .pf-result-link').first().waitFor({ timeout: 5000 }); } catch {}
  await page.waitForTimeout(800);
  const links = await page.locator('pagefind-results .pf-result-link').evaluateAll(els => els.slice(0,6).map(e => e.getAttribute('href').split('?')[0]));
  console.log(JSON.stringify(q), '→', links.join('  '));
}
await browser.close();
