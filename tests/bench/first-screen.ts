/**
 * The first screen, in Chromium through the e2e harness (the built renderer from out/renderer, the
 * real core in its worker): the time from navigation to the start screen's first heading, measured
 * beside a bare page (one static <h1>, same browser, same run, runs interleaved) so a busy machine
 * shows in both; and the JavaScript the start screen actually loads, gzipped.
 */
import { promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, RENDERER_DIR } from '../e2e/harness';

const RUNS = 15;

const HEADING_MESSAGE = 'dyade:first-heading ';

/**
 * Put in every document before its own scripts: the moment (since navigation start) a <main> heading,
 * or any <h1> on the bare page, first exists, reported as a console message. Not polled from the test
 * (waitForFunction): that compiles Playwright's injected script, about 50 ms of the page's main thread,
 * in the middle of the app's start-up but after the bare page's heading.
 */
const RECORD_FIRST_HEADING = `(() => {
  const found = () => document.querySelector('main h1') || (document.body && document.body.dataset.bare === '1' && document.querySelector('h1'));
  let done = false;
  const record = () => {
    if (!done && found()) {
      done = true;
      console.debug('${HEADING_MESSAGE}' + performance.now());
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(document, { childList: true, subtree: true });
})();`;

const BARE_PAGE = `<!doctype html><html lang="nl"><head><meta charset="UTF-8"><title>Dyade</title></head><body data-bare="1"><h1>Dyade</h1></body></html>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function serveBare(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(BARE_PAGE);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function firstHeadingMs(page: Page, url: string): Promise<number> {
  const heading = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(HEADING_MESSAGE), timeout: 15_000 });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = Number((await heading).text().slice(HEADING_MESSAGE.length));
  // Let the page finish what it does after its first paint (chunks it fetches then), so that work does
  // not fall into the next page's measurement.
  await page.waitForLoadState('networkidle');
  return ms;
}

/** Gzipped bytes of the renderer's JavaScript files among `urls` (each counted once). */
export async function gzippedJsBytes(urls: string[], baseUrl: string, dir = RENDERER_DIR): Promise<{ bytes: number; files: string[] }> {
  const files = [
    ...new Set(
      urls.filter((url) => url.startsWith(baseUrl) && new URL(url).pathname.endsWith('.js')).map((url) => decodeURIComponent(new URL(url).pathname).slice(1)),
    ),
  ];
  let bytes = 0;
  for (const file of files) {
    const path = resolve(dir, file);
    if (!path.startsWith(dir + sep)) throw new Error(`outside the renderer: ${file}`);
    bytes += gzipSync(await fs.readFile(path)).length;
  }
  return { bytes, files: files.map((file) => relative(dir, join(dir, file))) };
}

export async function benchFirstScreen(runs = RUNS): Promise<Record<string, number>> {
  const bare = await serveBare();
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const app = await launchApp({ viewport: { width: 1280, height: 800 } });
  try {
    await app.page.addInitScript(RECORD_FIRST_HEADING);
    // Every load parses and compiles from the wire, as a first start does: no HTTP cache, so no V8 code cache either.
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // The JavaScript the start screen loads: a fresh load of the app's URL, every request it makes until the heading is there.
    app.requests.length = 0;
    await firstHeadingMs(app.page, app.baseUrl);
    await app.page.waitForLoadState('networkidle');
    const js = await gzippedJsBytes(app.requests, app.baseUrl);
    // Warm both once (the browser's own caches), then interleave.
    await firstHeadingMs(app.page, bareUrl);
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      bareTimes.push(await firstHeadingMs(app.page, bareUrl));
      appTimes.push(await firstHeadingMs(app.page, app.baseUrl));
    }
    const appMs = median(appTimes);
    const bareMs = median(bareTimes);
    return {
      startScreenFirstHeadingMedianMs: appMs,
      barePageFirstHeadingMedianMs: bareMs,
      startScreenOverBarePageRatio: appMs / bareMs,
      firstScreenJsKbGzipped: js.bytes / 1000,
      firstScreenJsFiles: js.files.length,
    };
  } finally {
    await app.close();
    await closeBrowser();
    await new Promise((done) => bare.close(done));
  }
}

if (process.argv[1]?.endsWith('first-screen.ts')) {
  void benchFirstScreen().then((numbers) => console.log(numbers));
}
