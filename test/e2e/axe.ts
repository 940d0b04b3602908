/**
 * Accessibility check for the e2e tests: axe-core run in the page as it is shown, failing on any
 * serious or critical violation, with each one named (rule, impact, the first elements) so the
 * failure says what to fix. Any workspace's test can call it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical violations inside `selector` (the whole page by default). */
export async function axeProblems(page: Page, selector?: string): Promise<AxeProblem[]> {
  // @axe-core/playwright types its page against playwright; playwright-core's Page is the same object.
  let builder = new AxeBuilder({ page: page as never }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (selector) builder = builder.include(selector);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/** One line per problem, for an assertion message. */
export function describeAxeProblems(problems: readonly AxeProblem[]): string {
  return problems.map((p) => `${p.impact} ${p.rule}: ${p.help} — ${p.targets.join(', ')}`).join('\n');
}

/**
 * Visible drop-downs with an option too wide for the box (measured with the select's own font).
 * Call it at the narrowest window the app supports.
 */
export async function cutDropDowns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      if (!select.checkVisibility()) continue;
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // Chrome's arrow takes about 16 px beside the padding; a select sized to its options fits exactly.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      for (const option of select.options) {
        const w = ctx.measureText(option.text).width;
        if (w > room)
          cut.push(`${select.id || select.name}: “${option.text}” needs ${Math.ceil(w)} px, has ${room}`);
      }
    }
    return cut;
  });
}

/**
 * The check every workspace's e2e suite ends with: no serious or critical axe violation as shown,
 * then no drop-down cut at the narrowest supported window (1024 px); the window is restored after.
 */
export async function expectAccessibleDown1024(page: Page): Promise<void> {
  const problems = await axeProblems(page);
  expect(problems, describeAxeProblems(problems)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  try {
    expect(await cutDropDowns(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1360, height: 900 });
  }
}
