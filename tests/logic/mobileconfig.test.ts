// @vitest-environment jsdom
import { parse, type PlistValue } from 'plist';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/logic/advice.ts';
import { mobileconfig, noProfile, profileFileName, profileServers } from '../../src/logic/mobileconfig.ts';
import { PROVIDERS, providerById } from '../../src/logic/providers.ts';
import type { Protocol } from '../../src/logic/types.ts';

const UUIDS: [string, string] = ['6F1B6B0E-2B5C-4B7A-9E0C-1D2E3F405162', 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D'];

type Dict = { [key: string]: PlistValue };

/** The profile for a provider and protocol, parsed back with a property-list parser. */
function parsedProfile(id: (typeof PROVIDERS)[number]['id'], protocol: Protocol, name = providerById(id)?.name ?? '') {
  const servers = profileServers(advise(protocol, {}, providerById(id)).servers);
  if (!servers) throw new Error(`no profile servers for ${id}`);
  const text = mobileconfig({ name, ...servers, uuids: UUIDS });
  const profile = parse(text) as Dict;
  const [mail] = profile.PayloadContent as Dict[];
  return { text, profile, mail: mail as Dict };
}

describe('the setup profile for Apple devices', () => {
  it('is a configuration profile with one com.apple.mail.managed payload for Gmail over IMAP', () => {
    const { profile, mail } = parsedProfile('gmail', 'imap');
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadUUID: UUIDS[0], PayloadDisplayName: 'Gmail' });
    expect(profile.PayloadContent).toHaveLength(1);
    expect(mail).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      PayloadVersion: 1,
      PayloadUUID: UUIDS[1],
      EmailAccountType: 'EmailTypeIMAP',
      IncomingMailServerHostName: 'imap.gmail.com',
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      OutgoingMailServerHostName: 'smtp.gmail.com',
      OutgoingMailServerPortNumber: 465,
      OutgoingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
    });
    expect(String(mail.PayloadIdentifier)).not.toBe(String(profile.PayloadIdentifier));
  });

  it('sets up POP3 as EmailTypePOP on the provider’s POP3 server and port 995', () => {
    const { mail } = parsedProfile('gmx', 'pop3');
    expect(mail).toMatchObject({
      EmailAccountType: 'EmailTypePOP',
      IncomingMailServerHostName: 'pop.gmx.net',
      IncomingMailServerPortNumber: 995,
      IncomingMailServerUseSSL: true,
      OutgoingMailServerHostName: 'mail.gmx.net',
    });
  });

  it('sends over 587 with encryption where that is the provider’s only sending port', () => {
    const servers = profileServers(
      advise(
        'imap',
        {},
        { imap: { host: 'imap.example.net', port: 993, security: 'tls' }, smtp: [{ host: 'smtp.example.net', port: 587, security: 'starttls' }] },
      ).servers,
    );
    const mail = (parse(mobileconfig({ name: 'Example', ...servers!, uuids: UUIDS })) as Dict).PayloadContent as Dict[];
    expect(mail[0]).toMatchObject({ OutgoingMailServerPortNumber: 587, OutgoingMailServerUseSSL: true });
  });

  it('holds no password, and no address, for every provider that gets one', () => {
    for (const provider of PROVIDERS) {
      for (const protocol of ['imap', 'pop3'] as const) {
        const advice = advise(protocol, {}, provider);
        if (noProfile(provider, advice.servers) || (protocol === 'pop3' && provider.pop3 === null)) continue;
        const { text, mail } = parsedProfile(provider.id, protocol);
        expect(text).not.toMatch(/Password<\/key>\s*<string>/);
        // Apple's password keys (IncomingPassword, OutgoingPassword) hold text; the one flag that
        // names a password (OutgoingPasswordSameAsIncomingPassword) is a boolean.
        expect(Object.entries(mail).filter(([key, value]) => /Password/.test(key) && typeof value !== 'boolean')).toEqual([]);
        expect(mail).not.toHaveProperty('EmailAddress');
        expect(mail).not.toHaveProperty('IncomingMailServerUsername');
        expect(mail.IncomingMailServerUseSSL).toBe(true);
        expect(mail.OutgoingMailServerUseSSL).toBe(true);
      }
    }
  });

  it('escapes a host’s name so it stays text in the property list', () => {
    const name = 'Mail & <Co> "Test"';
    const { profile } = parsedProfile('posteo', 'imap', name);
    expect(profile.PayloadDisplayName).toBe(name);
  });

  it('is well-formed XML to a strict parser, even when a name tries to close its element', () => {
    // The property-list parser above forgives a stray `<`; a device's XML parser does not.
    const strict = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
    for (const name of ['Mail & <Co> "Test"', 'Evil</string><key>PayloadRemovalDisallowed</key><true/><string>', 'a < b > c']) {
      const { text, profile } = parsedProfile('posteo', 'imap', name);
      const xml = strict(text);
      expect(xml.getElementsByTagName('parsererror'), name).toHaveLength(0);
      const names = [...xml.getElementsByTagName('key')].filter((key) => key.textContent === 'PayloadDisplayName');
      expect(
        names.map((key) => key.nextElementSibling?.textContent),
        name,
      ).toEqual([name, name]);
      expect(profile.PayloadRemovalDisallowed).toBe(false);
    }
  });

  it('is not offered where a profile cannot work: OAuth only, Bridge, built in, or servers without names', () => {
    expect(noProfile(providerById('outlook'), advise('imap', {}, providerById('outlook')).servers)).toBe('oauth');
    expect(noProfile(providerById('proton'), advise('imap', {}, providerById('proton')).servers)).toBe('bridge');
    expect(noProfile(providerById('icloud'), advise('imap', {}, providerById('icloud')).servers)).toBe('built-in');
    expect(noProfile(undefined, advise('imap', {}).servers)).toBe('unnamed');
    expect(noProfile(providerById('fastmail'), advise('imap', {}, providerById('fastmail')).servers)).toBeUndefined();
  });

  it('gets a file name from the name and the protocol', () => {
    expect(profileFileName('Gmail', 'IMAP')).toBe('gmail-imap.mobileconfig');
    expect(profileFileName('Proton Mail (via Bridge)', 'POP3')).toBe('proton-mail-via-bridge-pop3.mobileconfig');
    expect(profileFileName('../../етс', 'IMAP')).toBe('email-imap.mobileconfig');
  });
});
