import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { elementFromId, elementFromName, headingElement, parseElement, readsAsSectionTitle, sectionElement } from './element-match.ts';

describe('parseElement', () => {
  it.each([
    ['4.', 'E4'],
    ['Element 4', 'E4'],
    ['ELEMENT 4', 'E4'],
    ['E4', 'E4'],
    ['e4', 'E4'],
    ['4.1', 'E4'],
    ['4', 'E4'],
    ['4 - Inspections', 'E4'],
    ['4: Inspections', 'E4'],
    ['Section 3', 'E3'],
    ['Elem. 6', 'E6'],
    ['E0', 'E0'],
    ['0. Eligibility', 'E0'],
  ])('reads the number in %j as %s', (text, id) => {
    expect(parseElement(text)).toBe(id);
  });

  it.each([
    ['Health & Safety Policy', 'E1'],
    ['Health and Safety Policy', 'E1'],
    ['Training', 'E5'],
    ['Orientation & Training', 'E5'],
    ['Hazard Control', 'E3'],
    ['Hazard Assessment', 'E2'],
    ['Hazard Identification & Assessment', 'E2'],
    ['Inspections', 'E4'],
    ['Emergency Response', 'E6'],
    ['Incident Investigation', 'E7'],
    ['Program Administration', 'E8'],
    ['Alberta Legislation', 'E9'],
  ])('reads the name %j as %s', (text, id) => {
    expect(parseElement(text)).toBe(id);
  });

  it('prefers the number over the name', () => {
    expect(parseElement('5 - Hazard Control')).toBe('E5');
  });

  it.each(['Misc', '', '   ', 'Other stuff', '12', 'Element 12', 'x'.repeat(81)])('gives null for %j', (text) => {
    expect(parseElement(text)).toBeNull();
  });
});

describe('elementFromName', () => {
  it('finds an alias inside a longer name', () => {
    expect(elementFromName('Workplace inspections (monthly)')).toBe('E4');
  });

  it('gives null for words that name no element', () => {
    expect(elementFromName('Miscellaneous')).toBeNull();
    expect(elementFromName('')).toBeNull();
  });
});

describe('elementFromId', () => {
  it.each([
    ['E4-02', 'E4'],
    ['e7.3', 'E7'],
    ['E4', 'E4'],
    ['4.1', 'E4'],
    ['4.01', 'E4'],
    ['4-2', 'E4'],
    ['0.3', 'E0'],
  ])('reads %j as %s', (text, id) => {
    expect(elementFromId(text)).toBe(id);
  });

  it.each(['12', '3', '10.1', 'x', '', 'Inspections'])('gives null for %j (a row number or not an id)', (text) => {
    expect(elementFromId(text)).toBeNull();
  });
});

describe('headingElement', () => {
  it.each([
    ['ELEMENT 3 - HAZARD CONTROL', 'E3'],
    ['Element 6: Emergency Response', 'E6'],
    ['Section 6', 'E6'],
    ['E5 Training', 'E5'],
    ['E5', 'E5'],
    ['HAZARD CONTROL', 'E3'],
    ['Training', 'E5'],
    ['INSPECTIONS', 'E4'],
  ])('reads the heading %j as %s', (text, id) => {
    expect(headingElement(text)).toBe(id);
  });

  it('does not take an item with a reference id for a heading', () => {
    expect(headingElement('E4-02 Worksite inspections')).toBeNull();
    expect(headingElement('E4.2 Worksite inspections')).toBeNull();
  });

  it('does not take a long sentence for a heading', () => {
    expect(headingElement('Element 3 controls are checked on every site visit by the owner and the crew')).toBeNull();
    expect(headingElement('Review training records for all the workers on site now')).toBeNull();
  });

  it('does not take an item that merely mentions an element name for a heading', () => {
    expect(headingElement('Hazard control measures in place')).toBeNull();
  });

  it('gives null for text that names no element', () => {
    expect(headingElement('MISC')).toBeNull();
  });
});

describe('readsAsSectionTitle', () => {
  it.each([
    'HAZARDS',
    'POLICY & RESPONSIBILITIES:',
    'Policy & responsibilities:',
    '3. Inspections',
    '3 - Hazard Control',
    'Section 6 - Emergency',
    'Section A: Management',
    'Element 4',
    'E5 Training',
    'Part 2',
    'Training',
    'Emergency Response',
    'WHMIS',
  ])('takes %j for a section title', (text) => {
    expect(readsAsSectionTitle(text)).toBe(true);
  });

  it.each([
    'Fall protection tickets (all crew)',
    'Working alone',
    'Monthly site inspection',
    'E4-02 MONTHLY SITE INSPECTION',
    '4.1 WRITTEN INSPECTION POLICY',
    '1. Signed policy',
    'Part-time worker orientation',
    'Training records for new hires',
    'ALL CREW TO SIGN THE HAZARD ASSESSMENT BEFORE THEY START ANY WORK ON SITE',
    '2026',
  ])('takes %j for an item', (text) => {
    expect(readsAsSectionTitle(text)).toBe(false);
  });
});

describe('sectionElement', () => {
  it("lets the words of a heading under the team's own numbering decide", () => {
    expect(sectionElement('3. Inspections')).toBe('E4');
    expect(sectionElement('Section 6 - Emergency')).toBe('E6');
    expect(sectionElement('2. HAZARDS')).toBe('E2');
    expect(sectionElement('3. FIRST AID')).toBeNull();
  });

  it("lets SECOR's own numbering decide", () => {
    expect(sectionElement('Element 5 - Hazard Control')).toBe('E5');
  });

  it('gives none to a heading whose words point to two elements', () => {
    expect(sectionElement('Hazard assessment & PPE')).toBeNull();
    expect(sectionElement('PPE & TRAINING')).toBeNull();
    expect(sectionElement('Safety meetings & admin')).toBe('E8');
  });
});

/** section-headings.csv (shared/secor): headings as coordinators write them, with the element each implies. */
const HEADINGS = Papa.parse<{ heading: string; element: string }>(readFileSync(join(import.meta.dirname, '../test/fixtures/section-headings.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('section-headings.csv', () => {
  it('has its 66 headings', () => {
    expect(HEADINGS).toHaveLength(66);
  });

  it.each(HEADINGS.map((h) => [h.heading, h.element]))('%j gives %s', (heading, element) => {
    expect(sectionElement(heading)).toBe(element === 'ambiguous' ? null : element);
  });

  it("reads every heading in capitals, with a colon or numbered as one when alone in a row; title case only when it is an element's name", () => {
    const right = HEADINGS.filter((h) => sectionElement(h.heading) === (h.element === 'ambiguous' ? null : h.element));
    const unread = HEADINGS.filter((h) => !readsAsSectionTitle(h.heading)).map((h) => h.heading);
    console.log(
      `section-headings.csv: ${right.length} of ${HEADINGS.length} give the right element; ${HEADINGS.length - unread.length} read as a heading alone in a row; read as items (title case, not an element's name): ${unread.join(' | ')}`,
    );
    for (const heading of unread) {
      expect(heading).not.toMatch(/:$|^(element|section) |^\d\./i);
      expect(heading).not.toBe(heading.toUpperCase());
      expect(headingElement(heading)).toBeNull();
    }
    expect(unread.length).toBeLessThanOrEqual(12);
  });
});
