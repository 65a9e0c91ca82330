/**
 * A setup profile for Apple devices (a `.mobileconfig`): Apple's `com.apple.mail.managed` payload
 * for one mail account, as a property list, built in the browser. It holds no password and no
 * address: the device asks for them when the profile is installed. It is not signed, so the device
 * marks it unverified.
 */
import type { AdviceServer } from './types.ts';
import type { Provider } from './providers.ts';

export type ProfileInput = {
  /** The account's description on the device ("Gmail"). */
  name: string;
  protocol: 'IMAP' | 'POP3';
  incoming: { host: string; port: number; ssl: boolean };
  outgoing: { host: string; port: number; ssl: boolean };
  /** Two fresh UUIDs: the profile's and the mail payload's. */
  uuids: [string, string];
};

/** A fresh random UUID (v4), from getRandomValues: also there where randomUUID is not (plain http). */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

function plist(value: PlistValue, indent: string): string {
  if (typeof value === 'string') return `${indent}<string>${escape(value)}</string>`;
  if (typeof value === 'number') return `${indent}<integer>${Math.trunc(value)}</integer>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (Array.isArray(value)) return `${indent}<array>\n${value.map((v) => plist(v, `${indent}  `)).join('\n')}\n${indent}</array>`;
  const entries = Object.entries(value).map(([key, v]) => `${indent}  <key>${escape(key)}</key>\n${plist(v, `${indent}  `)}`);
  return `${indent}<dict>\n${entries.join('\n')}\n${indent}</dict>`;
}

/**
 * The profile's servers from the advice, when both are known by name (a provider or a host), else
 * undefined. The preferred sending port is the first one.
 */
export function profileServers(servers: ReadonlyArray<AdviceServer>): Pick<ProfileInput, 'incoming' | 'outgoing' | 'protocol'> | undefined {
  const incoming = servers.find((s) => s.role === 'incoming');
  const outgoing = servers.find((s) => s.role === 'outgoing');
  const [inPort] = incoming?.endpoints ?? [];
  const [outPort] = outgoing?.endpoints ?? [];
  if (!incoming?.host || !outgoing?.host || !inPort || !outPort || incoming.protocol === 'SMTP') return undefined;
  return {
    protocol: incoming.protocol,
    incoming: { host: incoming.host, port: inPort.port, ssl: true },
    outgoing: { host: outgoing.host, port: outPort.port, ssl: true },
  };
}

/**
 * Why no profile can be offered, or undefined when one can: the provider needs its own sign-in
 * (OAuth, which a profile cannot set up), its servers are Proton Mail Bridge on the person's
 * computer, it is built into Apple's devices, or a server's name is unknown.
 */
export type NoProfile = 'oauth' | 'bridge' | 'built-in' | 'unnamed';

export function noProfile(provider: Provider | undefined, servers: ReadonlyArray<AdviceServer>): NoProfile | undefined {
  if (provider?.signIn === 'oauth') return 'oauth';
  if (provider?.signIn === 'bridge') return 'bridge';
  if (provider?.builtIntoApple) return 'built-in';
  return profileServers(servers) ? undefined : 'unnamed';
}

/** A file name for the profile: "gmail-imap.mobileconfig"; "email-…" when the name has no letters. */
export function profileFileName(name: string, protocol: 'IMAP' | 'POP3'): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'email';
  return `${slug}-${protocol.toLowerCase()}.mobileconfig`;
}

/**
 * The profile as the text of a `.mobileconfig` file.
 *
 * @example mobileconfig({ name: 'Gmail', protocol: 'IMAP', incoming: { host: 'imap.gmail.com', port: 993, ssl: true }, … })
 */
export function mobileconfig(input: ProfileInput): string {
  const [profileUuid, mailUuid] = input.uuids;
  const identifier = `org.pop-imap-wizard.mail.${mailUuid}`;
  const mail: PlistValue = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: identifier,
    PayloadUUID: mailUuid,
    PayloadDisplayName: input.name,
    EmailAccountDescription: input.name,
    EmailAccountType: input.protocol === 'IMAP' ? 'EmailTypeIMAP' : 'EmailTypePOP',
    IncomingMailServerHostName: input.incoming.host,
    IncomingMailServerPortNumber: input.incoming.port,
    IncomingMailServerUseSSL: input.incoming.ssl,
    IncomingMailServerAuthentication: 'EmailAuthPassword',
    OutgoingMailServerHostName: input.outgoing.host,
    OutgoingMailServerPortNumber: input.outgoing.port,
    OutgoingMailServerUseSSL: input.outgoing.ssl,
    OutgoingMailServerAuthentication: 'EmailAuthPassword',
    OutgoingPasswordSameAsIncomingPassword: true,
  };
  const profile: PlistValue = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: `org.pop-imap-wizard.profile.${profileUuid}`,
    PayloadUUID: profileUuid,
    PayloadDisplayName: input.name,
    PayloadRemovalDisallowed: false,
    PayloadContent: [mail],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plist(profile, '')}
</plist>
`;
}
