import { isProposal, REFERENCE_CHECKLIST } from '../../shared/index.ts';
import type { TeamProfile } from './profile-store.ts';
import type { SettingsView } from './views.ts';

/** The profile with the checklist it applies to, marking the items that are only proposals. */
export function settingsView(profile: TeamProfile): SettingsView {
  const { disabled, proposalsOn, intervals, expiringWithinDays, auditMonth, certifyingPartner, certifiedYear } = profile;
  return {
    profile: { disabled, proposalsOn, intervals, expiringWithinDays, auditMonth, certifyingPartner, certifiedYear },
    requirements: REFERENCE_CHECKLIST.map((r) => ({
      id: r.id,
      element: r.element,
      text: r.text,
      defaultIntervalDays: r.refreshIntervalDays ?? r.evidenceWindowDays,
      proposal: isProposal(r),
    })),
  };
}
