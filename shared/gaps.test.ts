import { describe, expect, it } from 'vitest';
import { dayFromIso, type Day } from './dates.ts';
import { GAP_KINDS, judgeItem } from './gaps.ts';
import type { TrackerItem } from './items.ts';
import { DEFAULT_PROFILE, type Profile } from './profile.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import type { ReferenceRequirement } from './reference/types.ts';
import { trackerItem } from './test-support/tracker-item.ts';

const today: Day = dayFromIso('2026-11-26')!;

function requirement(id: string): ReferenceRequirement {
  const found = REFERENCE_CHECKLIST.find((r) => r.id === id);
  if (!found) throw new Error(`no reference requirement ${id}`);
  return found;
}

/** E4-02 worksite inspections: refresh every 30 days, evidence window 365. */
const INSPECTIONS = requirement('E4-02');
/** E3-04 PPE: no refresh interval, evidence window 365. */
const PPE = requirement('E3-04');
/** E1-02 policy contents: neither refresh interval nor evidence window. */
const POLICY_CONTENTS = requirement('E1-02');

/** A ready, dated (5 days ago), owned item matched to E1-01; override what a test is about. */
function item(overrides: Partial<TrackerItem> = {}): TrackerItem {
  return trackerItem(today, overrides);
}

/** An item matched to E4-02 (30-day refresh), dated as given. */
function inspections(date: Day | null, overrides: Partial<TrackerItem> = {}): TrackerItem {
  return item({ text: 'Monthly site inspections', element: 'E4', requirement: INSPECTIONS, date, ...overrides });
}

function daysAgo(n: number): Day {
  return today - n;
}

describe('judgeItem', () => {
  it('finds a fresh, evidenced, done item ready with nothing to say', () => {
    const verdict = judgeItem(item(), today, DEFAULT_PROFILE);
    expect(verdict).toEqual({ readiness: 'ready', gaps: [], warnings: [], staleOn: today - 5 + 366, expiring: null, details: [] });
  });

  describe('missing-evidence', () => {
    it('is a gap when the evidence cell is empty', () => {
      const verdict = judgeItem(item({ evidence: '' }), today, DEFAULT_PROFILE);
      expect(verdict.readiness).toBe('gap');
      expect(verdict.gaps).toEqual(['missing-evidence']);
      expect(verdict.details[0]).toMatch(/evidence/i);
    });
  });

  describe('undated', () => {
    it('is a gap when the sheet has a date column and the date is blank', () => {
      const verdict = judgeItem(item({ date: null }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['undated']);
      expect(verdict.staleOn).toBeNull();
    });

    it('quotes a date it could not read', () => {
      const verdict = judgeItem(item({ date: null, unreadableDate: 'sometime in spring' }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['undated']);
      expect(verdict.details[0]).toContain('"sometime in spring"');
    });

    it('is no gap when the sheet has no date column', () => {
      const verdict = judgeItem(item({ date: null, hasDateColumn: false }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual([]);
      expect(verdict.readiness).toBe('ready');
    });

    it('is not reported on top of missing evidence', () => {
      const verdict = judgeItem(item({ evidence: '', date: null }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['missing-evidence']);
    });
  });

  describe('stale', () => {
    it('uses the requirement refresh interval (E4-02: 30 days)', () => {
      expect(judgeItem(inspections(daysAgo(30)), today, DEFAULT_PROFILE).gaps).toEqual([]);
      const verdict = judgeItem(inspections(daysAgo(31)), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['stale']);
      expect(verdict.details[0]).toBe('Evidence is 31 days old; it must be renewed every 30 days.');
    });

    it('is not stale exactly at the interval, and stale one day later', () => {
      const atLimit = judgeItem(inspections(daysAgo(30)), today, DEFAULT_PROFILE);
      expect(atLimit.gaps).not.toContain('stale');
      expect(atLimit.staleOn).toBe(today + 1);
      const oneMore = judgeItem(inspections(daysAgo(31)), today, DEFAULT_PROFILE);
      expect(oneMore.gaps).toContain('stale');
      expect(oneMore.staleOn).toBe(today);
    });

    it('uses the evidence window when there is no refresh interval', () => {
      const windowed: ReferenceRequirement = { ...PPE, evidenceWindowDays: 180 };
      expect(judgeItem(item({ requirement: windowed, date: daysAgo(180) }), today, DEFAULT_PROFILE).gaps).toEqual([]);
      expect(judgeItem(item({ requirement: windowed, date: daysAgo(181) }), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
    });

    it('prefers the refresh interval to the evidence window', () => {
      // E4-02: refresh 30, window 365: 100 days old is stale.
      expect(INSPECTIONS.evidenceWindowDays).toBe(365);
      expect(judgeItem(inspections(daysAgo(100)), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
    });

    it('falls back to 365 days when the requirement gives neither', () => {
      const r = POLICY_CONTENTS;
      expect(judgeItem(item({ requirement: r, date: daysAgo(365) }), today, DEFAULT_PROFILE).gaps).toEqual([]);
      expect(judgeItem(item({ requirement: r, date: daysAgo(366) }), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
    });

    it('falls back to 365 days for an unmatched item', () => {
      expect(judgeItem(item({ requirement: null, date: daysAgo(365) }), today, DEFAULT_PROFILE).gaps).toEqual([]);
      expect(judgeItem(item({ requirement: null, date: daysAgo(366) }), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
    });

    it("uses the team's own interval over the reference", () => {
      const profile: Profile = { ...DEFAULT_PROFILE, intervals: { 'E4-02': 90 } };
      expect(judgeItem(inspections(daysAgo(90)), today, profile).gaps).toEqual([]);
      expect(judgeItem(inspections(daysAgo(91)), today, profile).gaps).toEqual(['stale']);
    });

    it('is stale even when marked done', () => {
      expect(judgeItem(item({ date: daysAgo(400), statusSays: 'done' }), today, DEFAULT_PROFILE).gaps).toContain('stale');
    });
  });

  describe('overdue', () => {
    it('is a gap when the due date has passed and the item is not done', () => {
      const verdict = judgeItem(item({ due: daysAgo(3), statusSays: 'blank' }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['overdue']);
      expect(verdict.details[0]).toBe('Was due 3 days ago and is not marked done.');
    });

    it('is no gap when the item is done', () => {
      expect(judgeItem(item({ due: daysAgo(3), statusSays: 'done' }), today, DEFAULT_PROFILE).gaps).toEqual([]);
    });

    it('is no gap when due today', () => {
      expect(judgeItem(item({ due: today, statusSays: 'blank' }), today, DEFAULT_PROFILE).gaps).toEqual([]);
    });

    it('is reported together with open when the status is open', () => {
      expect(judgeItem(item({ due: daysAgo(1), statusSays: 'open' }), today, DEFAULT_PROFILE).gaps).toEqual(['overdue', 'open']);
    });
  });

  describe("the team's own dates (rule 4)", () => {
    // Fall protection certificates: done 2024-03-10, next due 2027-03-10, judged 2026-11-26.
    const CERT = requirement('E5-02');
    const certs = (overrides: Partial<TrackerItem>) =>
      item({ text: 'Fall protection certificates (all crew)', element: 'E5', requirement: CERT, date: dayFromIso('2024-03-10')!, ...overrides });

    it('keeps a record current until a next-due or expiry date to come, however old it is', () => {
      for (const dueKind of ['next', 'expiry'] as const) {
        const verdict = judgeItem(certs({ due: dayFromIso('2027-03-10')!, dueKind }), today, DEFAULT_PROFILE);
        expect(verdict.gaps, dueKind).toEqual([]);
        expect(verdict.staleOn, dueKind).toBeNull();
      }
    });

    it('holds staleness off until the day after a deadline to come, then the interval applies again', () => {
      const verdict = judgeItem(certs({ due: today + 40, dueKind: 'deadline' }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual([]);
      expect(verdict.staleOn).toBe(today + 41);
      // The deadline is the day itself: current on it.
      expect(judgeItem(certs({ due: today, dueKind: 'deadline' }), today, DEFAULT_PROFILE).gaps).toEqual([]);
    });

    it('applies the reference interval without a due date, or once a deadline has passed', () => {
      expect(judgeItem(certs({ due: null }), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
      expect(judgeItem(certs({ due: daysAgo(1), dueKind: 'deadline' }), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
    });

    it('warns when a next-due or expiry date comes within the window, done or not', () => {
      const next = judgeItem(certs({ due: today + 12, dueKind: 'next', statusSays: 'done' }), today, DEFAULT_PROFILE);
      expect(next.warnings).toEqual(['expiring']);
      expect(next.expiring).toEqual({ on: today + 12, why: 'due' });
      expect(next.details).toEqual(['Falls due in 12 days.']);
      const expiry = judgeItem(certs({ due: today + 3, dueKind: 'expiry', statusSays: 'done' }), today, DEFAULT_PROFILE);
      expect(expiry.details).toEqual(['Expires in 3 days.']);
    });

    it('warns of the sooner of going stale and falling due', () => {
      // E4-02 dated 20 days ago goes stale in 11 days by its interval; its deadline comes in 5.
      expect(judgeItem(inspections(daysAgo(20), { due: today + 5, statusSays: 'blank' }), today, DEFAULT_PROFILE).expiring).toEqual({
        on: today + 5,
        why: 'due',
      });
      // Done, the deadline is met: what comes is the interval running out.
      expect(judgeItem(inspections(daysAgo(20), { due: today + 5, statusSays: 'done' }), today, DEFAULT_PROFILE).expiring).toEqual({
        on: today + 11,
        why: 'stale',
      });
    });
  });

  describe('recurring dates (rule 5)', () => {
    // Ladder & hoist inspection: next due 2026-11-12, OK? = Y, judged 2026-11-26.
    const ladder = (overrides: Partial<TrackerItem>) =>
      inspections(dayFromIso('2026-10-12')!, { due: dayFromIso('2026-11-12')!, dueKind: 'next', statusSays: 'done', ...overrides });

    it('makes a passed next-due date overdue whatever the status says', () => {
      const verdict = judgeItem(ladder({}), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['overdue']);
      expect(verdict.details[0]).toBe('Was due 14 days ago (2026-11-12) and no record is dated since: do it and enter its date.');
    });

    it('makes a passed expiry date expired, and says no more of staleness', () => {
      const verdict = judgeItem(ladder({ dueKind: 'expiry', date: dayFromIso('2024-01-01')! }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['expired']);
      expect(verdict.details[0]).toBe('Expired 14 days ago (2026-11-12): renew it and enter the new expiry date.');
    });

    it('is no gap when the row is dated on or after the passed day: the record was renewed', () => {
      expect(judgeItem(ladder({ date: dayFromIso('2026-11-12')! }), today, DEFAULT_PROFILE).gaps).toEqual([]);
      expect(judgeItem(ladder({ date: dayFromIso('2026-11-20')!, dueKind: 'expiry' }), today, DEFAULT_PROFILE).gaps).toEqual([]);
      // Renewed, the reference interval applies from the new date: 31 days is stale for E4-02.
      expect(judgeItem(ladder({ date: daysAgo(31), due: daysAgo(40) }), today, DEFAULT_PROFILE).gaps).toEqual(['stale']);
    });

    it('lapses an undated row too, and keeps the undated gap beside it', () => {
      expect(judgeItem(ladder({ date: null }), today, DEFAULT_PROFILE).gaps).toEqual(['undated', 'overdue']);
      expect(judgeItem(ladder({ date: null, hasDateColumn: false }), today, DEFAULT_PROFILE).gaps).toEqual(['overdue']);
    });

    it('keeps a plain deadline as it was: a done item is never overdue', () => {
      expect(judgeItem(ladder({ dueKind: 'deadline', date: daysAgo(20) }), today, DEFAULT_PROFILE).gaps).toEqual([]);
      expect(judgeItem(ladder({ dueKind: 'deadline', date: daysAgo(20), statusSays: 'blank' }), today, DEFAULT_PROFILE).gaps).toEqual(['overdue']);
    });

    it('reports open beside a lapsed date', () => {
      expect(judgeItem(ladder({ dueKind: 'expiry', statusSays: 'open' }), today, DEFAULT_PROFILE).gaps).toEqual(['expired', 'open']);
    });
  });

  describe('per-row intervals (rule 6)', () => {
    it("sets the row's refresh interval over the profile's and the reference's", () => {
      // E4-02 is 30 days; the row says quarterly (92).
      const quarterly = judgeItem(inspections(daysAgo(60), { interval: 92 }), today, { ...DEFAULT_PROFILE, intervals: { 'E4-02': 45 } });
      expect(quarterly.gaps).toEqual([]);
      expect(quarterly.staleOn).toBe(today - 60 + 93);
      const weekly = judgeItem(inspections(daysAgo(8), { interval: 7 }), today, DEFAULT_PROFILE);
      expect(weekly.gaps).toEqual(['stale']);
      expect(weekly.details[0]).toBe('Evidence is 8 days old; it must be renewed every 7 days.');
    });

    it('warns, without a gap, when the team renews less often than the reference expects', () => {
      const verdict = judgeItem(inspections(daysAgo(60), { interval: 92 }), today, DEFAULT_PROFILE);
      expect(verdict.readiness).toBe('ready');
      expect(verdict.warnings).toEqual(['looser-than-reference']);
      expect(verdict.details).toEqual(["Renewed every 92 days by the team's own interval; SECOR's reference expects every 30 days: a reviewer may ask why."]);
    });

    it('does not warn for an interval as strict as the reference or stricter, nor where the reference sets none', () => {
      expect(judgeItem(inspections(daysAgo(5), { interval: 30 }), today, DEFAULT_PROFILE).warnings).not.toContain('looser-than-reference');
      expect(judgeItem(inspections(daysAgo(5), { interval: 7 }), today, DEFAULT_PROFILE).warnings).not.toContain('looser-than-reference');
      expect(judgeItem(item({ requirement: POLICY_CONTENTS, interval: 1095 }), today, DEFAULT_PROFILE).warnings).toEqual([]);
      expect(judgeItem(item({ requirement: null, interval: 1095 }), today, DEFAULT_PROFILE).warnings).toEqual(['unmatched']);
    });
  });

  describe('open', () => {
    it('is a gap when the status says not done', () => {
      const verdict = judgeItem(item({ statusSays: 'open' }), today, DEFAULT_PROFILE);
      expect(verdict.readiness).toBe('gap');
      expect(verdict.gaps).toEqual(['open']);
    });

    it('is no gap for a blank status', () => {
      expect(judgeItem(item({ statusSays: 'blank' }), today, DEFAULT_PROFILE).gaps).toEqual([]);
    });
  });

  describe('no-owner warning', () => {
    it('is raised when the sheet has an owner column and the owner is blank', () => {
      const verdict = judgeItem(item({ owner: '' }), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual(['no-owner']);
      expect(verdict.readiness).toBe('ready');
    });

    it('is not raised when the sheet has no owner column', () => {
      expect(judgeItem(item({ owner: '', hasOwnerColumn: false }), today, DEFAULT_PROFILE).warnings).toEqual([]);
    });
  });

  describe('expiring warning', () => {
    it('is raised when the evidence goes stale within 30 days', () => {
      // E4-02: 10 days old goes stale in 21 days.
      const verdict = judgeItem(inspections(daysAgo(10)), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual(['expiring']);
      expect(verdict.readiness).toBe('ready');
      expect(verdict.details).toEqual(['Goes stale in 21 days.']);
    });

    it('is not raised when the evidence goes stale later than 30 days', () => {
      // E0-04: 1095-day interval.
      const verdict = judgeItem(item({ requirement: requirement('E0-04'), date: daysAgo(10) }), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual([]);
    });

    it('is raised at exactly 30 days to go, not at 31', () => {
      const r = POLICY_CONTENTS; // 365-day fallback
      // 336 days old: stale from day 366, i.e. in 30 days; 335 days old: in 31 days.
      expect(judgeItem(item({ requirement: r, date: daysAgo(336) }), today, DEFAULT_PROFILE).warnings).toEqual(['expiring']);
      expect(judgeItem(item({ requirement: r, date: daysAgo(335) }), today, DEFAULT_PROFILE).warnings).toEqual([]);
    });

    it('is raised when a not-done item falls due within 30 days', () => {
      const verdict = judgeItem(item({ date: null, hasDateColumn: false, due: today + 12, statusSays: 'blank' }), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual(['expiring']);
      expect(verdict.details).toEqual(['Falls due in 12 days.']);
      expect(verdict.readiness).toBe('ready');
    });

    it('is not raised for a due date when the item is done', () => {
      const verdict = judgeItem(item({ date: null, hasDateColumn: false, due: today + 12, statusSays: 'done' }), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual([]);
    });

    it('is not raised for a due date more than 30 days away', () => {
      const verdict = judgeItem(item({ date: null, hasDateColumn: false, due: today + 31, statusSays: 'blank' }), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual([]);
    });

    it("follows the profile's expiring window", () => {
      const profile: Profile = { ...DEFAULT_PROFILE, expiringWithinDays: 7 };
      expect(judgeItem(inspections(daysAgo(10)), today, profile).warnings).toEqual([]);
      expect(judgeItem(inspections(daysAgo(25)), today, profile).warnings).toEqual(['expiring']);
    });

    it('is not raised once the evidence is already stale', () => {
      expect(judgeItem(inspections(daysAgo(40)), today, DEFAULT_PROFILE).warnings).toEqual([]);
    });
  });

  describe('unmatched warning', () => {
    it('is raised when the item matched no requirement, and it still counts as ready', () => {
      const verdict = judgeItem(item({ requirement: null, matchScore: 0 }), today, DEFAULT_PROFILE);
      expect(verdict.warnings).toEqual(['unmatched']);
      expect(verdict.readiness).toBe('ready');
    });
  });

  describe('N/A items', () => {
    it('have no gaps and no warnings, however incomplete', () => {
      const verdict = judgeItem(
        item({ notApplicable: true, statusSays: 'n/a', evidence: '', owner: '', date: null, due: daysAgo(50), requirement: null }),
        today,
        DEFAULT_PROFILE,
      );
      expect(verdict).toEqual({ readiness: 'n/a', gaps: [], warnings: [], staleOn: null, expiring: null, details: [] });
    });
  });

  describe('order', () => {
    it('lists gaps in the GAP_KINDS order and warnings after them in details', () => {
      const verdict = judgeItem(
        item({ evidence: '', date: daysAgo(400), due: daysAgo(10), statusSays: 'open', owner: '', requirement: null }),
        today,
        DEFAULT_PROFILE,
      );
      expect(verdict.gaps).toEqual(['missing-evidence', 'stale', 'overdue', 'open']);
      expect(verdict.warnings).toEqual(['no-owner', 'unmatched']);
      expect(verdict.details).toHaveLength(6);
      expect(verdict.details[5]).toMatch(/Not matched/);
      const positions = verdict.gaps.map((g) => GAP_KINDS.indexOf(g));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('lists undated first when evidence is present but the date is blank', () => {
      const verdict = judgeItem(item({ date: null, due: daysAgo(1), statusSays: 'open' }), today, DEFAULT_PROFILE);
      expect(verdict.gaps).toEqual(['undated', 'overdue', 'open']);
    });
  });

  it('says "1 day" in the singular', () => {
    const verdict = judgeItem(item({ due: daysAgo(1), statusSays: 'blank' }), today, DEFAULT_PROFILE);
    expect(verdict.details).toEqual(['Was due 1 day ago and is not marked done.']);
  });
});

describe('items the team switched off', () => {
  it('count as not applicable, whatever their evidence', () => {
    const profile = { ...DEFAULT_PROFILE, disabled: ['E1-01'] };
    expect(judgeItem(item({ evidence: '', evidencePlaceholder: null }), today, profile).readiness).toBe('n/a');
    expect(judgeItem(item({ evidence: '' }), today, DEFAULT_PROFILE).readiness).toBe('gap');
  });
});
