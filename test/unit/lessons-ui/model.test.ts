import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { getShippedLesson, parseLesson } from '../../../models/lessons';
import { LessonStep } from '../../../src-renderer/views/lessons/LessonStep';
import {
  changedCells,
  directionOf,
  levelsAccount,
  postingTableOf,
  stepAccounts,
  withConsolidated,
} from '../../../src-renderer/views/lessons/model';

const loan = parseLesson(getShippedLesson('loan-creates-deposit'));
const publicBank = parseLesson(getShippedLesson('deficit-public-bank'));

describe('what a lesson step shows', () => {
  it('T-accounts only for the sectors the step touches, from the ledger postings', () => {
    const v = loan.run.variants[0]!;
    const accounts = stepAccounts(v, postingTableOf(v), 2); // households buy from the shops
    expect(accounts.map((a) => a.sector.id)).toEqual(['households', 'shops']);
    expect(accounts[0]).toMatchObject({ assetsChange: -60, netWorthChange: -60 });
    expect(stepAccounts(v, postingTableOf(v), 0)).toEqual([]);
  });

  it('a liability that grows is "up" (the loan), an asset that falls "down"', () => {
    const l = loan.lesson;
    expect(directionOf(l, 1, 'households', 'loans', '')).toBe('up');
    expect(directionOf(l, 1, 'banks', 'deposits', '')).toBe('up');
    expect(directionOf(l, 6, 'households', 'deposits', '')).toBe('down');
    expect(directionOf(l, 1, 'shops', 'deposits', '')).toBe('none');
    expect(directionOf(l, 4, 'banks', 'net worth', '')).toBe('up');
  });

  it('highlights exactly the cells a step changed', () => {
    const s = loan.run.variants[0]!.steps[1]!;
    const nC = s.after.columns.length;
    const cells = [...changedCells(s.before, s.after)].map((k) => [
      s.after.rows[Math.floor(k / nC)],
      s.after.columns[k % nC],
    ]);
    expect(cells).toEqual([
      ['Bank deposits', 'Households'],
      ['Bank deposits', 'Banks'],
      ['Loans', 'Households'],
      ['Loans', 'Banks'],
    ]);
  });

  it('the consolidated public sector nets the bond out, the same in both worlds', () => {
    const [bond, credit] = publicBank.run.variants;
    const group = ['government', 'publicBank'];
    const sector = { id: 'c', label: 'Public sector', name: 'the public sector' };
    const last = (v: typeof bond) => v!.steps.at(-1)!.after;
    const a = levelsAccount(bond!, last(bond), sector, group);
    const b = levelsAccount(credit!, last(credit), sector, group);
    expect(a.liabilities.map((l) => [l.instrument, l.amount])).toEqual([['Reserves', 100]]);
    expect(a.netWorthChange).toBe(-100);
    expect(b).toEqual(a);
    const m = withConsolidated(last(bond), 'Public sector', ['Government', 'Public bank']);
    expect(m.columns).toEqual(['Government', 'Public bank', 'Banks', 'Households', 'Public sector', 'Σ']);
    const bondsRow = m.rows.indexOf('Government bonds');
    expect(m.values[bondsRow * m.columns.length + 4]).toBe(0);
  });

  it('renders hostile text as text: no element, no handler', () => {
    const raw = getShippedLesson('loan-creates-deposit') as { steps: { text: string; title: string }[] };
    raw.steps[0]!.text = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    raw.steps[0]!.title = '<b onmouseover=alert(3)>Hi</b>';
    const html = renderToStaticMarkup(
      createElement(LessonStep, { run: parseLesson(raw).run, step: 0, revealed: true, guess: null }),
    );
    expect(html).not.toMatch(/<script|<img|<b[ >]/);
    // No tag carries an event handler (the escaped text itself may spell one out).
    expect(html).not.toMatch(/<[^>]*\son(error|mouseover)=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  });
});
