import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appraiseAll } from '@shared/engine/appraise';
import { buildComparison } from '@shared/presentation/comparison';
import { gradeOfScore } from '@shared/presentation/grade';
import { ComparisonTable } from '../../renderer/ui/ComparisonTable';
import { GradeBadge } from '../../renderer/ui/GradeBadge';
import { anAppraisalWithOptions, appraiseInput } from '../support/builders';

function renderComparison() {
  const records = anAppraisalWithOptions();
  const model = buildComparison(appraiseAll(appraiseInput(records)), records.appraisal.recommendation.optionId);
  render(<ComparisonTable model={model} />);
  return { records, model, table: screen.getByRole('table', { name: model.caption }) };
}

describe('ComparisonTable: the options side by side, from the comparison model', () => {
  it('has a column per option, in order, and marks only the recommended option', () => {
    const { records, table } = renderComparison();
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Measure',
      'Business as usual',
      'Direct award to the vendor Recommended',
      'Re-procure in open competition',
    ]);
    expect(within(table).getAllByText(/Recommended/)).toHaveLength(1);
    expect(records.appraisal.recommendation.optionId).toBe(records.options[1].id);
  });

  it("shows every row of the model with each option's figure under that option", () => {
    const { model, table } = renderComparison();
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(model.rows.length);
    model.rows.forEach((row, r) => {
      expect(within(bodyRows[r]).getByRole('rowheader')).toHaveTextContent(row.label);
      const cells = within(bodyRows[r]).getAllByRole('cell');
      expect(cells).toHaveLength(model.columns.length);
      row.cells.forEach((cell, c) => {
        if (cell.items)
          expect(
            within(cells[c])
              .queryAllByRole('listitem')
              .map((li) => li.textContent),
          ).toEqual(cell.items);
        else expect(cells[c]).toHaveTextContent(cell.text);
      });
    });
    // Money as the user reads it: pounds with thousands separators, never a raw float.
    const npc = bodyRows[model.rows.findIndex((r) => r.key === 'npc')];
    for (const cell of within(npc).getAllByRole('cell')) expect(cell.textContent).toMatch(/^-?£\d{1,3}(,\d{3})*/);
  });

  it("gives each measure's explanation as one text node after the measure's name (one run in the board paper's tagged PDF)", () => {
    const { model, table } = renderComparison();
    const explained = model.rows.filter((r) => r.how);
    expect(explained.length).toBeGreaterThan(0);
    const hints = table.querySelectorAll('th .how');
    expect(hints).toHaveLength(explained.length);
    hints.forEach((hint, i) => {
      expect([...hint.childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
      expect(hint.textContent).toBe(` ${explained[i].how}`);
    });
  });

  it('says "risk not assessed" under the option with no risks, and only there', () => {
    const { model, table } = renderComparison();
    const npc = within(table).getAllByRole('row')[1 + model.rows.findIndex((r) => r.key === 'npc')];
    const [bau, direct, reprocure] = within(npc).getAllByRole('cell');
    expect(reprocure).toHaveTextContent('risk not assessed');
    expect(bau).not.toHaveTextContent('risk not assessed');
    expect(direct).not.toHaveTextContent('risk not assessed');
    // An unassessed option is never marked best on cost, however cheap it looks.
    expect(reprocure).not.toHaveTextContent('★');
  });

  it('shows only the columns it is given (the report splits a wide comparison), each under its own heading', () => {
    const records = anAppraisalWithOptions();
    const model = buildComparison(appraiseAll(appraiseInput(records)));
    const last = model.columns[2];
    render(<ComparisonTable model={model} columns={[last]} caption="Part 2" />);
    const table = screen.getByRole('table', { name: 'Part 2' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Measure', last.name]);
    const npcIndex = model.rows.findIndex((r) => r.key === 'npc');
    const npc = within(table).getAllByRole('row')[1 + npcIndex];
    expect(within(npc).getByRole('cell')).toHaveTextContent(model.rows[npcIndex].cells[2].text);
  });
});

describe('GradeBadge: a risk grade in words and score, never colour alone', () => {
  it('shows the NPSA grade word and score, with the working in its title', () => {
    render(<GradeBadge grade={gradeOfScore({ likelihood: 4, consequence: 4 })} />);
    const badge = screen.getByText('Extreme (16)');
    expect(badge).toHaveAttribute('title', expect.stringMatching(/16.*Extreme/));
  });

  it('puts a prefix before the grade, and colours by grade', () => {
    const low = gradeOfScore({ likelihood: 1, consequence: 2 });
    const high = gradeOfScore({ likelihood: 3, consequence: 4 });
    render(
      <>
        <GradeBadge grade={low} prefix="Residual" />
        <GradeBadge grade={high} prefix="Inherent" />
      </>,
    );
    const lowBadge = screen.getByText('Residual: Low (2)');
    const highBadge = screen.getByText('Inherent: High (12)');
    expect(lowBadge.style.background).not.toBe('');
    expect(lowBadge.style.background).not.toBe(highBadge.style.background);
  });

  it('writes its words as one text node, so the tagged PDF of the board paper holds one run per badge, not four', () => {
    const grade = gradeOfScore({ likelihood: 3, consequence: 4 });
    render(
      <>
        <GradeBadge grade={grade} />
        <GradeBadge grade={grade} prefix="Residual" />
      </>,
    );
    for (const badge of [screen.getByText('High (12)'), screen.getByText('Residual: High (12)')])
      expect([...badge.childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
  });
});
