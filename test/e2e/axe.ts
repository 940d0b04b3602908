/**
 * Accessibility check for the e2e tests: axe-core run in the page as it is shown, failing on any
 * serious or critical violation, with each one named (rule, impact, the first elements) so the
 * failure says what to fix. Any workspace's test can call it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
