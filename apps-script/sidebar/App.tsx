import { useEffect, useState } from 'preact/hooks';
import type {
  ClipperAddress,
  ClipperPairing,
  ClipperPerson,
  FindingsPreview,
  InstallationReport,
  ReadinessView,
  SettingsView,
  SetupChoice,
  SetupProposal,
  SheetWritten,
} from '../server/views.ts';
import type { SidebarView } from '../server/sidebar.ts';
import { ConnectClipper } from './ConnectClipper.tsx';
import { FindingsView } from './FindingsView.tsx';
import { InstallationCheck } from './InstallationCheck.tsx';
import { SettingsView as SettingsForm } from './SettingsView.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import { ReadinessPanel, type ReadinessActions } from './ReadinessPanel.tsx';
import { SetupView } from './SetupView.tsx';
import { type Notice, StatusBar } from './StatusBar.tsx';
import { call, messageOf } from './rpc.ts';
import { plural } from './format.ts';

type Screen =
  | { readonly kind: 'loading'; readonly label: string }
  | { readonly kind: 'error'; readonly message: string; readonly retry: () => void }
  | { readonly kind: 'setup'; readonly proposal: SetupProposal }
  | { readonly kind: 'settings'; readonly settings: SettingsView }
  | { readonly kind: 'clipper'; readonly address: ClipperAddress; readonly people: readonly ClipperPerson[]; readonly pairing: ClipperPairing | null }
  | { readonly kind: 'check'; readonly report: InstallationReport }
  | { readonly kind: 'findings'; readonly preview: FindingsPreview | null }
  | { readonly kind: 'readiness' };

interface Props {
  /** window.SECOR_VIEW: 'setup' opens the mapping, 'clipper' the clipper's pairing, 'check' the installation check; otherwise the server's getSidebarState decides. */
  readonly initialView?: SidebarView | undefined;
}

function writtenText(result: SheetWritten): string {
  return `${result.sheetName}: ${result.added} added, ${result.updated} updated`;
}

export function App({ initialView }: Props) {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading', label: 'Loading…' });
  const [readiness, setReadiness] = useState<ReadinessView | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** Loads a whole view; on failure the panel says why and offers Retry (never a blank panel). */
  const load = (label: string, task: () => Promise<void>): void => {
    const attempt = () => {
      setScreen({ kind: 'loading', label });
      setNotice(null);
      task().catch((error: unknown) => setScreen({ kind: 'error', message: messageOf(error), retry: attempt }));
    };
    attempt();
  };

  const showReadiness = (view: ReadinessView) => {
    setReadiness(view);
    setScreen({ kind: 'readiness' });
  };

  const openState = () =>
    load('Scanning…', async () => {
      const state = await call('getSidebarState');
      if (state.kind === 'ready') showReadiness(state.readiness);
      else setScreen({ kind: 'setup', proposal: state.proposal });
    });

  const openSetup = () =>
    load('Reading the sheet…', async () => {
      setScreen({ kind: 'setup', proposal: await call('proposeSetup') });
    });

  const openClipper = () =>
    load('Reading who is paired…', async () => {
      const [address, people] = await Promise.all([call('getClipperAddress'), call('listClipperPeople')]);
      setScreen({ kind: 'clipper', address, people, pairing: null });
    });

  const openCheck = () =>
    load('Checking the installation…', async () => {
      setScreen({ kind: 'check', report: await call('checkInstallation') });
    });

  // A new view starts at its top: the long setup view's scroll would leave the next view's first
  // card under the sticky status line.
  useEffect(() => window.scrollTo(0, 0), [screen.kind]);

  useEffect(() => {
    if (initialView === 'setup') openSetup();
    else if (initialView === 'clipper') openClipper();
    else if (initialView === 'check') openCheck();
    else if (initialView === 'findings') setScreen({ kind: 'findings', preview: null });
    else openState();
  }, []);

  /** Runs an action over the current view: the view stays, the status line says what happens. */
  const act = <T,>(label: string, task: () => Promise<T>, done: (value: T) => string | Notice | null): void => {
    const attempt = () => {
      setBusy(label);
      setNotice(null);
      task()
        .then((value) => {
          const said = done(value);
          setNotice(typeof said === 'string' ? (said ? { tone: 'success', text: said } : null) : said);
        })
        .catch((error: unknown) => setNotice({ tone: 'error', text: messageOf(error), retry: attempt }))
        .finally(() => setBusy(null));
    };
    attempt();
  };

  const actions: ReadinessActions = {
    rescan: () =>
      act(
        'Scanning…',
        () => call('rescan'),
        (view) => {
          showReadiness(view);
          return 'Scan complete.';
        },
      ),
    goToRow: (row, sheetId = null) => {
      // The tracker is the default: its rows are asked for by row alone.
      (sheetId === null ? call('goToRow', row) : call('goToRow', row, sheetId)).catch((error: unknown) =>
        setNotice({ tone: 'error', text: messageOf(error), retry: () => actions.goToRow(row, sheetId) }),
      );
    },
    addMissing: (ids) =>
      act(
        `Adding ${plural(ids.length, 'requirement')}…`,
        () => call('addMissingRequirements', ids),
        (view) => {
          showReadiness(view);
          return `Added ${plural(ids.length, 'requirement')} to the sheet.`;
        },
      ),
    pickRequirement: (row, id) =>
      act(
        `Writing ${id} on row ${row.row}…`,
        () => call('pickRequirement', row.row, row.text, id),
        (view) => {
          showReadiness(view);
          return `Row ${row.row} now names ${id}. The sheet is scanned.`;
        },
      ),
    createActionPlan: () => act('Creating the action plan…', () => call('createActionPlan'), writtenText),
    buildEvidenceIndex: () => act('Building the evidence index…', () => call('buildEvidenceIndex'), writtenText),
    createPracticeLog: () =>
      act(
        'Opening the practice log…',
        () => call('createPracticeLog'),
        (view) => {
          showReadiness(view);
          return `${view.practice.practiceSheet?.name ?? 'The practice log'} is open: a line per person per question practised, then Rescan.`;
        },
      ),
    planSiteWalk: () =>
      act(
        'Planning the site walk…',
        () => call('planSiteWalk'),
        (view) => {
          showReadiness(view);
          return `${view.practice.walkSheet?.name ?? 'The site walk'} is open: fill In place as you walk (the Sheets app works on a phone), then Rescan.`;
        },
      ),
    buildAuditPack: () =>
      act(
        'Building the audit pack…',
        () => call('buildAuditPack'),
        (saved) => ({
          tone: 'success',
          text: `Audit pack saved in your Drive: ${saved.name} (predicted ${saved.pass ? 'PASS' : 'FAIL'}${saved.percent === null ? '' : ` at ${saved.percent.toFixed(1)} %`}).`,
          link: { href: saved.url, label: 'Open the audit pack' },
        }),
      ),
    changeMapping: openSetup,
    openClipper,
    openFindings: () => setScreen({ kind: 'findings', preview: null }),
    openSettings: () =>
      load('Reading the settings…', async () => {
        setScreen({ kind: 'settings', settings: await call('getSettings') });
      }),
  };

  const saveSettings = (profile: SettingsView['profile']) =>
    act(
      'Saving the settings and scanning…',
      () => call('saveSettings', profile),
      (view) => {
        showReadiness(view);
        return 'Settings saved. The sheet is scanned.';
      },
    );

  const startChecklist = () =>
    act(
      'Starting a checklist…',
      () => call('startChecklist'),
      (proposal) => {
        setScreen({ kind: 'setup', proposal });
        return `Checklist started on the new sheet "${proposal.sheetName}": check its columns and Confirm, then fill in your evidence row by row.`;
      },
    );

  const confirm = (choice: SetupChoice) =>
    act(
      'Saving the mapping and scanning…',
      () => call('confirmSetup', choice),
      (view) => {
        showReadiness(view);
        return 'Setup saved. The sheet is scanned.';
      },
    );

  const connect = (name: string, email: string | null) =>
    act(
      `Pairing ${name}…`,
      () => call('connectClipperPerson', name, email),
      (pairing) => {
        setScreen((current) => (current.kind === 'clipper' ? { ...current, people: pairing.people, pairing } : current));
        return `${pairing.person.name} is paired: copy the code now, it is shown only once.`;
      },
    );

  const confirmAddress = (url: string) =>
    act(
      'Checking the address…',
      () => call('confirmClipperAddress', url),
      (address) => {
        setScreen((current) => (current.kind === 'clipper' ? { ...current, address } : current));
        return 'The clipper address is confirmed: pairing codes now carry it.';
      },
    );

  const revoke = (person: ClipperPerson) =>
    act(
      `Revoking ${person.name}…`,
      () => call('revokeClipperPerson', person.id),
      (people) => {
        setScreen((current) =>
          current.kind === 'clipper' ? { ...current, people, pairing: current.pairing?.person.id !== person.id ? current.pairing : null } : current,
        );
        return `${person.name}'s pairing is revoked.`;
      },
    );

  const readFindings = (report: string, year: number) =>
    act(
      'Reading the findings…',
      () => call('readAuditReport', report, year),
      (preview) => {
        setScreen({ kind: 'findings', preview });
        return `${plural(preview.findings.length, 'finding')} read: check each requirement, then add them.`;
      },
    );

  const addFindings = (report: string, year: number, chosen: Record<string, string | null>) =>
    act(
      'Adding the findings to the Action Plan…',
      () => call('addAuditFindings', report, year, chosen),
      (view) => {
        showReadiness(view);
        return 'The findings are in the Action Plan, each with its source.';
      },
    );

  const back = readiness ? () => setScreen({ kind: 'readiness' }) : undefined;
  const busyLabel = screen.kind === 'loading' ? screen.label : busy;

  return (
    <div class="app" aria-busy={busyLabel !== null}>
      <header class="app-header">
        <h1>SECOR Ready</h1>
      </header>
      <StatusBar busy={busyLabel} notice={notice} onDismiss={() => setNotice(null)} />
      <main>
        {screen.kind === 'error' && <ErrorPanel message={screen.message} onRetry={screen.retry} onBack={back} />}
        {screen.kind === 'setup' && (
          <SetupView
            key={JSON.stringify(screen.proposal)}
            proposal={screen.proposal}
            busy={busy !== null}
            onConfirm={confirm}
            onStartChecklist={startChecklist}
            onCancel={back}
          />
        )}
        {screen.kind === 'settings' && (
          <SettingsForm
            settings={screen.settings}
            busy={busy !== null}
            onSave={saveSettings}
            onCancel={() => (readiness ? setScreen({ kind: 'readiness' }) : openState())}
          />
        )}
        {screen.kind === 'clipper' && (
          <ConnectClipper
            address={screen.address}
            people={screen.people}
            pairing={screen.pairing}
            busy={busy !== null}
            onConfirmAddress={confirmAddress}
            onConnect={connect}
            onRevoke={revoke}
            onBack={back ?? openState}
          />
        )}
        {screen.kind === 'check' && (
          <InstallationCheck
            report={screen.report}
            busy={busy !== null}
            onCheckAgain={() =>
              act(
                'Checking the installation…',
                () => call('checkInstallation'),
                (report) => {
                  setScreen({ kind: 'check', report });
                  return null;
                },
              )
            }
            onBack={back ?? openState}
          />
        )}
        {screen.kind === 'findings' && (
          <FindingsView preview={screen.preview} busy={busy !== null} onRead={readFindings} onAdd={addFindings} onBack={back ?? openState} />
        )}
        {screen.kind === 'readiness' && readiness && <ReadinessPanel view={readiness} busy={busy !== null} actions={actions} />}
      </main>
    </div>
  );
}
