/**
 * A certifying partner's audit report as a coordinator pastes it: a title, the report's
 * particulars, a heading, five numbered findings (one naming its element and question) wrapped over
 * lines, and a page footer. The requirement each finding means, checked by hand against
 * reference-checklist.csv, is in audit-findings/match.test.ts.
 */
export const FIVE_FINDINGS = `ACME ROOFING LTD. - SECOR AUDIT REPORT
Audit date: October 14, 2026
Auditor: J. Smith, ACSA

AUDIT FINDINGS

1. Element 2, Q2.2 - Two of the five formal hazard assessments reviewed did not show the date
they were prepared or last revised.
2. No records of worksite inspections were available for the months of March through June;
the company's schedule calls for monthly inspections.
3. Investigation reports for the two near misses reported in 2026 did not identify root causes or
corrective actions.
4. The emergency response plan has not been updated since 2023 and the contact list includes a
former employee.
5. Orientation checklists were not signed by two of the three new workers hired this year.

Page 2 of 5
`;
