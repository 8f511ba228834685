// The rule studio's editor driven as a user drives it, shared by its browser test, its bench and
// the screenshot script.
import type { Page } from 'playwright-core';

/** Selects the next match of `text` with the editor's search (the editor renders only the lines
 *  in view, so a locator cannot reach a line that is scrolled away). */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+f');
  await page.locator('.cm-search input[name="search"]').selectText();
  // Typed, not filled: the search panel takes its query from key events, and characters typed
  // through an input method send none, so a key (End) follows them.
  await page.keyboard.type(text);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** Puts the cursor at the end of the next match of `text`, so that typing adds to it. */
export async function findInEditor(page: Page, text: string): Promise<void> {
  await selectInEditor(page, text);
  await page.keyboard.press('ArrowRight');
}
