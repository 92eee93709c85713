import { describe, expect, it } from 'vitest';
import { listSheets, notScannedYet, sheetsJson } from './sheet-list.ts';

const training = { name: 'Training', grid: [['Worker', 'First Aid', 'WHMIS', 'H2S'], ['Ray', '2027-01-02', '2026-05-01', 'N/A']] };
const toolbox = { name: 'Toolbox', grid: [['Date', 'Topic', 'Presented by'], ['2026-01-06', 'Cold stress', 'Mike'], ['2026-01-20', 'Ladders', 'Mike'], ['2026-02-03', 'Anchors', 'Gary']] };
const contacts = { name: 'Contacts', grid: [['Name', 'Company', 'Phone'], ['ABC Supply', 'Shingles', '403-555-0111']] };
const tracker = { name: 'SECOR', grid: [['Requirement', 'Evidence'], ['Signed safety policy', 'policy.pdf']] };

describe('the sheets of a file', () => {
  it('names a CSV\'s one sheet after its file, and keeps the words for people out of the JSON', () => {
    const listings = listSheets('exports/Crew tickets.csv', [{ name: null, grid: training.grid }]);
    expect(listings[0]).toMatchObject({ name: 'Crew tickets', kind: 'training-matrix', described: 'a training matrix (workers x tickets)' });
    expect(sheetsJson(listings)[0]).not.toHaveProperty('described');
    expect(sheetsJson(listSheets('w.xlsx', [toolbox]))[0]).toMatchObject({ kind: 'activity-log', activity: 'meetings' });
  });

  it('says what every sheet is when none reads as a checklist but some hold other evidence', () => {
    expect(notScannedYet('w.xlsx', listSheets('w.xlsx', [training, toolbox, contacts]))).toBe(
      'w.xlsx: Sheet "Training" reads as a training matrix (workers x tickets); sheet "Toolbox" reads as an activity log of safety meetings and toolbox talks (one row per event); sheet "Contacts" reads as not safety evidence: matrices and logs are not scanned yet. Scan a checklist tracker (one row per requirement, with its evidence), or map this sheet\'s columns yourself: --column requirement=LETTER --column evidence=LETTER.',
    );
  });

  it('leaves the message to the layout when a sheet reads as a checklist, or none holds evidence', () => {
    expect(notScannedYet('w.xlsx', listSheets('w.xlsx', [training, tracker]))).toBeNull();
    expect(notScannedYet('w.xlsx', listSheets('w.xlsx', [contacts]))).toBeNull();
  });
});
