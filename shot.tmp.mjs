import { chromium } from 'playwright-core';
const [url, out, w = '1280', h = '900', scheme = 'light'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
p.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await p.goto(url);
await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await b.close();
