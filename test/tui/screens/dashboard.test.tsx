import {describe, expect, it} from 'vitest';
import {saveExam} from '../../../source/db/plan-rows.js';
import {localDay} from '../../../source/screens/dashboard/dashboard-data.js';
import {DashboardScreen} from '../../../source/screens/dashboard/dashboard-screen.js';
import {press} from '../../helpers/press.js';
import {renderTui, waitFor} from '../../helpers/render.js';
import {demoSuite, NOW, withServices} from './screen-fixtures.js';

describe('Dashboard screen', () => {
  const suite = demoSuite();

  const screen = (width: number, height: number, isActive = true) =>
    withServices(
      suite.db,
      suite.config,
      <DashboardScreen isActive={isActive} width={width} height={height} />,
    );

  it('shows a loading state until the database is open', () => {
    const view = renderTui(
      withServices(null, suite.config, <DashboardScreen isActive width={80} height={20} />),
    );
    expect(view.frame()).toContain('Opening the database');
    view.unmount();
  });

  it('renders counts, grades, the forecast and next actions at 80×24 and 160×48', async () => {
    const view = renderTui(screen(80, 20));
    await waitFor(() => expect(view.frame()).toContain('Next actions'));
    const frame = view.frame();
    expect(frame).toMatch(/Atoms\s+340 live · 0 removed/);
    expect(frame).toMatch(/Types\s+flashcard 176/);
    expect(frame).toMatch(/Grades\s+A \d+ {2}B \d+/);
    expect(frame).toContain('Anki due, next 14 days');
    expect(frame).toMatch(/\d+ rewrites wait for review — press 4/);
    expect(frame).toMatch(/quiz items? (is|are) due — press 5/);
    expect(view.lines().length).toBeLessThanOrEqual(20);
    expect(Math.max(...view.lines().map((line) => line.length))).toBeLessThanOrEqual(80);

    view.update(screen(160, 44));
    await waitFor(() => expect(view.lines().length).toBeGreaterThan(20));
    expect(view.lines().length).toBeLessThanOrEqual(44);
    expect(view.frame()).toContain('anki_pull');
    view.unmount();
  });

  it('reloads the figures on dashboard.refresh', async () => {
    const view = renderTui(screen(100, 24));
    await waitFor(() => expect(view.frame()).toContain('340 live'));
    await suite.db
      .sql`insert into learning_atoms (front, back, atom_type) values ('New card?', 'Yes', 'flashcard')`;
    press(view.stdin, 'dashboard.refresh');
    await waitFor(() => expect(view.frame()).toContain('341 live'));
    await suite.db.sql`delete from learning_atoms where front = 'New card?'`;
    view.unmount();
  });

  it('marks the exam day on the due forecast once a plan set one', async () => {
    const exam = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + 5);
    const iso = localDay(exam);
    await saveExam(suite.db.sql, {examDate: iso, scope: null, target: 0.9, minutes: null});
    const view = renderTui(screen(100, 24));
    await waitFor(() => expect(view.frame()).toContain(`exam ${iso} (EX)`));
    expect(view.frame()).toMatch(/ EX /);
    await suite.db.sql`delete from exam_plan`;
    view.unmount();
  });
});
