// The deep-link part of `npm run bench`: on the slow connection of issue #12 (150 ms round trip, 1.6 Mbit/s,
// through the DevTools protocol), how long the home screen takes to show its heading, and how long a link
// straight to a checklist or a report takes to show its content (see bench/README.md).

const SLOW = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (0.75e6 / 8) | 0,
};

/** Milliseconds from navigation start until `selector` is in the page, in a fresh context on the slow link. */
export async function measureDeepLink(freshPage, browser, url, selector, storage) {
  const { context, page } = await freshPage(browser);
  try {
    if (storage) {
      await page.addInitScript(({ key, seed }) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, seed);
      }, storage);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: 60_000 });
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}
