import { describe, expect, it } from 'vitest';
import { activityOf } from './activities.ts';

describe('activityOf', () => {
  it('reads what a sheet name, a header or a Type cell says the log records', () => {
    expect(activityOf('Monthly Inspections')).toBe('inspections');
    expect(activityOf('Inspected by')).toBe('inspections');
    expect(activityOf('Toolbox Talks 2026')).toBe('meetings');
    expect(activityOf('Tailgate mtg')).toBe('meetings');
    expect(activityOf('Fire drill')).toBe('drills');
    expect(activityOf('FLHA log')).toBe('hazard-assessments');
    expect(activityOf('Near Miss')).toBe('incidents');
    expect(activityOf('Injury type')).toBe('incidents');
    expect(activityOf('Pre-Trip')).toBe('pre-use-checks');
    expect(activityOf('Circle check sheet')).toBe('pre-use-checks');
    expect(activityOf('Oil change')).toBe('maintenance');
    expect(activityOf('Training records')).toBe('training');
  });

  it('lets the longest phrase decide: a vehicle inspection is a pre-use check', () => {
    expect(activityOf('Vehicle inspection - unit 4')).toBe('pre-use-checks');
    expect(activityOf('Incident investigation')).toBe('incidents');
  });

  it('names none for words of no activity', () => {
    for (const text of ['', 'Sheet1', 'Contacts', 'Invoices', 'Price list', 'Name', 'Date']) expect(activityOf(text)).toBeNull();
  });
});
