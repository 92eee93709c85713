import { useState } from 'preact/hooks';
import { ELEMENTS } from '../../shared/index.ts';
import type { SettingsView as Settings } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { WeeklyDigest } from './WeeklyDigest.tsx';
import './SettingsView.css';

interface Props {
  readonly settings: Settings;
  readonly busy: boolean;
  readonly onSave: (profile: Settings['profile']) => void;
  readonly onCancel: () => void;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Alberta's certifying partners, offered as suggestions; any name may be typed. */
const PARTNERS = ['ACSA', 'Energy Safety Canada', 'AASP', 'Alberta Safety Council', 'AMTA', 'AMHSA', 'AHSA', 'AFPA', 'CCSA'];

/**
 * The team's profile: the checklist as this team applies it (items switched off, their own renewal
 * intervals), the audit's due month and the certifying partner. Saved in the spreadsheet.
 */
export function SettingsView({ settings, busy, onSave, onCancel }: Props) {
  const [disabled, setDisabled] = useState<ReadonlySet<string>>(new Set(settings.profile.disabled));
  const [proposalsOn, setProposalsOn] = useState<ReadonlySet<string>>(new Set(settings.profile.proposalsOn));
  const [intervals, setIntervals] = useState<Record<string, string>>(
    Object.fromEntries(Object.entries(settings.profile.intervals).map(([id, days]) => [id, String(days)])),
  );
  const [warnDays, setWarnDays] = useState(String(settings.profile.expiringWithinDays));
  const [month, setMonth] = useState(settings.profile.auditMonth === null ? '' : String(settings.profile.auditMonth));
  const [partner, setPartner] = useState(settings.profile.certifyingPartner ?? '');

  // A proposal counts only when ticked (switched on); any other item until unticked (switched off).
  const isOn = (r: Settings['requirements'][number]) => !disabled.has(r.id) && (!r.proposal || proposalsOn.has(r.id));
  const toggle = (r: Settings['requirements'][number], included: boolean) => {
    const next = new Set(disabled);
    if (included) next.delete(r.id);
    else if (!r.proposal) next.add(r.id);
    setDisabled(next);
    if (!r.proposal) return;
    const on = new Set(proposalsOn);
    if (included) on.add(r.id);
    else on.delete(r.id);
    setProposalsOn(on);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = Object.entries(intervals).filter(([, days]) => days.trim() !== '');
    onSave({
      disabled: [...disabled],
      proposalsOn: [...proposalsOn],
      intervals: Object.fromEntries(chosen.map(([id, days]) => [id, Number(days)])),
      expiringWithinDays: Number(warnDays),
      auditMonth: month === '' ? null : Number(month),
      certifyingPartner: partner.trim() === '' ? null : partner.trim(),
      // Not on the form yet: passed back as it came, so a save keeps it.
      certifiedYear: settings.profile.certifiedYear,
    });
  };

  return (
    <form class="settings" onSubmit={submit}>
      <h2>Team settings</h2>
      <p class="field-note">Kept in this spreadsheet, for everyone who opens it.</p>
      <div class="field">
        <label for="audit-month">Audit due month (on your certificate)</label>
        <select id="audit-month" value={month} onChange={(e) => setMonth(e.currentTarget.value)} disabled={busy}>
          <option value="">Not set</option>
          {MONTHS.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="partner">Certifying partner</label>
        <input id="partner" type="text" list="partners" maxLength={80} value={partner} onInput={(e) => setPartner(e.currentTarget.value)} disabled={busy} />
        <datalist id="partners">
          {PARTNERS.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for="warn-days">Warn this many days before something expires</label>
        <input id="warn-days" type="number" min={1} max={120} value={warnDays} onInput={(e) => setWarnDays(e.currentTarget.value)} disabled={busy} />
      </div>

      <WeeklyDigest />

      <h3>Checklist</h3>
      <p class="field-note">
        Untick what does not apply to your company. Items marked "proposal" come from consultants or are ideas to verify, not from a CP's audit tool or the law:
        they count in the predicted score only when you tick them. An interval replaces how often a new record is expected.
      </p>
      {ELEMENTS.map((element) => {
        const items = settings.requirements.filter((r) => r.element === element.id);
        return (
          <Collapsible key={element.id} title={`${element.id} ${element.name}`} count={items.filter(isOn).length}>
            <ul class="settings-list">
              {items.map((r) => (
                <li key={r.id} class={isOn(r) ? '' : 'is-off'}>
                  <label class="check">
                    <input type="checkbox" checked={isOn(r)} disabled={busy} onChange={(e) => toggle(r, e.currentTarget.checked)} />
                    <span>
                      <span class="check-id">{r.id}</span> {r.text}
                      {r.proposal && <span class="badge">proposal</span>}
                    </span>
                  </label>
                  <label class="interval">
                    <span>Every</span>
                    <input
                      type="number"
                      min={1}
                      max={3650}
                      placeholder={r.defaultIntervalDays === null ? '365' : String(r.defaultIntervalDays)}
                      value={intervals[r.id] ?? ''}
                      disabled={busy}
                      aria-label={`Renewal interval in days for ${r.id}`}
                      onInput={(e) => setIntervals({ ...intervals, [r.id]: e.currentTarget.value })}
                    />
                    <span>days</span>
                  </label>
                </li>
              ))}
            </ul>
          </Collapsible>
        );
      })}
      <div class="button-row">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Save and rescan
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
