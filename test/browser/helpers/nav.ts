import type { Page } from 'playwright-core';

/**
 * Opens a page from the header's links as a user does: the link itself when it is in the row,
 * else through 更多, where the links that do not fit the header's width go.
 */
export async function clickNavPage(page: Page, name: string): Promise<void> {
	const nav = page.getByTestId('app-nav');
	const link = nav.locator(`a[data-page="${name}"]`);
	await link.waitFor({ state: 'attached' });
	if (!(await link.isVisible())) await nav.locator('.more > button').click();
	await link.click();
}
