import { launchBrowser } from '../../scripts/support/browser';

/**
 * Vitest global setup: make sure a browser starts before any test runs, so a machine without one fails
 * at once with one line saying what to do — never by skipping the browser tests.
 */
export default async function checkBrowser(): Promise<void> {
  try {
    const browser = await launchBrowser();
    await browser.close();
  } catch (error) {
    const line = (error as Error).message;
    console.error(`\n${line}\n`);
    throw new Error(line);
  }
}
