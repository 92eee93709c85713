import { describe, expect, it } from 'vitest';
import { createHost, type HostOptions } from './host.ts';
import { DAILY_RECIPIENTS } from './mail.ts';
import { spreadsheetFromGrid } from './serialize.ts';

const NOW = new Date('2026-11-25T10:00:00-07:00');

function host(options: Partial<HostOptions> = {}) {
  return createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', [['Item']]), now: () => NOW, ...options });
}

describe('MailApp', () => {
  it('sends (recipient, subject, body, options) and (message) into the outbox', () => {
    const h = host();
    const { MailApp } = h.globals;
    MailApp.sendEmail('a@example.com', 'Hi', 'Plain', { htmlBody: '<p>Plain</p>', name: 'SECOR Ready' });
    MailApp.sendEmail({ to: 'b@example.com, c@example.com', subject: 'Two', body: 'x', cc: 'd@example.com' });
    expect(h.outbox.sent).toEqual([
      {
        to: ['a@example.com'],
        cc: [],
        bcc: [],
        subject: 'Hi',
        body: 'Plain',
        htmlBody: '<p>Plain</p>',
        name: 'SECOR Ready',
        replyTo: null,
        sentAt: NOW.toISOString(),
      },
      {
        to: ['b@example.com', 'c@example.com'],
        cc: ['d@example.com'],
        bcc: [],
        subject: 'Two',
        body: 'x',
        htmlBody: null,
        name: null,
        replyTo: null,
        sentAt: NOW.toISOString(),
      },
    ]);
    expect(MailApp.getRemainingDailyQuota()).toBe(DAILY_RECIPIENTS - 4);
  });

  it('refuses a bad address, a missing subject, options it does not model, and sends nothing then', () => {
    const { MailApp } = host().globals;
    const h = host();
    expect(() => h.globals.MailApp.sendEmail('not an address', 'S', 'B')).toThrow('Invalid email: not an address');
    expect(() => h.globals.MailApp.sendEmail({ to: 'a@example.com', body: 'B' })).toThrow('Invalid argument: subject');
    expect(() => h.globals.MailApp.sendEmail('a@example.com', 'S', 'B', { attachments: [] })).toThrow('not implemented');
    expect(() => h.globals.MailApp.sendEmail('a@example.com', 'reply@example.com', 'S', 'B')).toThrow('not implemented');
    expect(() => MailApp.sendEmail('a@example.com')).toThrow('do not match the method signature');
    expect(h.outbox.sent).toEqual([]);
  });

  it('counts recipients against the daily quota: past it sendEmail throws and sends nothing', () => {
    const h = host();
    const { MailApp } = h.globals;
    for (let i = 0; i < DAILY_RECIPIENTS; i++) MailApp.sendEmail('a@example.com', 'S', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('a@example.com', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
    expect(h.outbox.sent).toHaveLength(DAILY_RECIPIENTS);
  });

  it('needs script.send_mail, and a simple trigger cannot send', () => {
    const bare = host({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] } });
    expect(() => bare.globals.MailApp.getRemainingDailyQuota()).toThrow('Required permissions: https://www.googleapis.com/auth/script.send_mail');
    expect(() => host({ context: 'simple-trigger' }).globals.MailApp.sendEmail('a@example.com', 'S', 'B')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
  });
});

describe('Session', () => {
  it("gives the user's email, blank in a simple trigger; userinfo.email is needed", () => {
    expect(host({ userEmail: 'pat@example.com' }).globals.Session.getActiveUser().getEmail()).toBe('pat@example.com');
    expect(host({ context: 'simple-trigger' }).globals.Session.getActiveUser().getEmail()).toBe('');
    const bare = host({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] } });
    expect(() => bare.globals.Session.getActiveUser()).toThrow('Required permissions: https://www.googleapis.com/auth/userinfo.email');
  });
});
