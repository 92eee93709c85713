import { describe, expect, it } from 'vitest';
import { looksLikeStatus, readStatus, readsNotApplicable } from './status.ts';

describe('readStatus', () => {
  it.each(['Done', 'Complete', 'Completed', 'Yes', 'Y', 'TRUE', 'true', 'Ready', 'DONE', '  done  ', 'yes'])('reads %j as done', (text) => {
    expect(readStatus(text)).toBe('done');
  });

  it.each(['OK', 'Closed', 'Fait', 'Oui', 'Terminé'])('reads %j as done too', (text) => {
    expect(readStatus(text)).toBe('done');
  });

  it.each(['✓', '✔', '✅'])('reads the tick %j as done', (tick) => {
    expect(readStatus(tick)).toBe('done');
  });

  // An "OK?" Y/N column: a letter or a mark, often with a word of where the record is.
  it.each(['y', 'Y.', 'Y - in truck', 'Y (see binder)', '√', '✓ binder', '✔ - filed'])('reads the Y/N answer or mark %j as done', (text) => {
    expect(readStatus(text)).toBe('done');
  });

  it.each(['N', 'n', 'N - booked', 'No.', 'Y?', 'Y but not signed', '✗', '✘', '✓ soon'])('reads the Y/N answer or mark %j as open', (text) => {
    expect(readStatus(text)).toBe('open');
  });

  it('reads a true checkbox as done and a false one as open', () => {
    expect(readStatus(true)).toBe('done');
    expect(readStatus(false)).toBe('open');
  });

  it.each(['N/A', 'n/a', 'NA', 'na', 'Not applicable', 'NOT APPLICABLE', 'not   applicable', ' N/A '])('reads %j as n/a', (text) => {
    expect(readStatus(text)).toBe('n/a');
  });

  it.each([null, undefined, '', '   ', '\t'])('reads %j as blank', (cell) => {
    expect(readStatus(cell)).toBe('blank');
  });

  it.each(['In progress', 'No', 'N', 'FALSE', 'Pending', 'Not started', 'Overdue', 'x', '❌', 'Done soon', 'Completed?', 'yes - mostly'])(
    'reads anything else (%j) as open',
    (text) => {
      expect(readStatus(text)).toBe('open');
    },
  );

  it('reads numbers and dates as open', () => {
    expect(readStatus(1)).toBe('open');
    expect(readStatus(0)).toBe('open');
    expect(readStatus(new Date(2026, 10, 26))).toBe('open');
  });
});

describe('readsNotApplicable', () => {
  it('is true only for text that reads exactly as not applicable', () => {
    expect(readsNotApplicable('N/A')).toBe(true);
    expect(readsNotApplicable(' not applicable ')).toBe(true);
    expect(readsNotApplicable('NA')).toBe(true);
    expect(readsNotApplicable('N/A - see binder')).toBe(false);
    expect(readsNotApplicable('Done')).toBe(false);
    expect(readsNotApplicable('')).toBe(false);
    expect(readsNotApplicable(null)).toBe(false);
    expect(readsNotApplicable(false)).toBe(false);
  });
});

describe('looksLikeStatus', () => {
  it('recognises done, n/a and open status words and booleans', () => {
    for (const cell of ['Done', 'N/A', 'In progress', 'No', 'Pending', '❌', true, false]) {
      expect(looksLikeStatus(cell), String(cell)).toBe(true);
    }
  });

  it('does not take links, dates, numbers or prose for status', () => {
    for (const cell of ['https://drive.google.com/x', '2026-11-26', 46000, 'Signed policy in binder', null, '']) {
      expect(looksLikeStatus(cell), String(cell)).toBe(false);
    }
  });
});

describe("readStatus in a small crew's words", () => {
  it.each(['Filed', 'On file', 'In binder', 'Submitted', 'Signed', 'Signed off', 'Approved', 'Passed', 'Finished', 'yep', 'Yup', '100%', 'Filed - office'])(
    'reads what happened to the record (%j) as done',
    (text) => {
      expect(readStatus(text)).toBe('done');
    },
  );

  it.each(['Completd', 'Complet', 'Compelte', 'Comlpeted'])('forgives the typo %j in a done word', (text) => {
    expect(readStatus(text)).toBe('done');
  });

  it.each(['Incomplete', 'Complete?', 'Signed - not dated', 'Booked', 'Scheduled', '50%'])('still reads %j as open', (text) => {
    expect(readStatus(text)).toBe('open');
  });

  it.each(['N/A - no heights', 'N/A (landlord runs it)', 'n/a: no crane', 'Not applicable - office only'])(
    'reads the status %j, N/A with the reason, as not applicable',
    (text) => {
      expect(readStatus(text)).toBe('n/a');
    },
  );

  it.each(['N/A yet', 'N/A for now?', 'NA until we hire'])('reads the status %j, waiting on something, as open', (text) => {
    expect(readStatus(text)).toBe('open');
  });
});

describe('readStatus with a remark after the word', () => {
  it.each(['Done - filed', 'Done.', 'done (Nov)', 'Complete ✓', 'Yes (see binder)', 'yes!', 'Completed 2026-03', 'In place', 'Up to date', 'Current'])(
    'reads %j as done',
    (text) => {
      expect(readStatus(text)).toBe('done');
    },
  );

  it.each(['Done soon', 'yes - mostly', 'Completed?', 'Done except signature', 'Yes but not signed', 'Complete pending review'])(
    'reads the hedged %j as open',
    (text) => {
      expect(readStatus(text)).toBe('open');
    },
  );
});
