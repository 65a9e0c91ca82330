/**
 * Setup advice for the recommended protocol, as data: which steps, in which variant, with which
 * numbers and servers. Ports and periods come from the model table. Given a locale's `AdviceWords`,
 * each step also gets its title and detail in that language.
 */
import { ownAnswer } from './catalogue.ts';
import { MODEL } from './model.ts';
import type { Provider, Server } from './providers.ts';
import type { Advice, AdviceServer, AdviceStep, Answers, Endpoint, Protocol, Security, StepId, StepKey, StepVariants } from './types.ts';

/** A step's words. */
export type StepText = { readonly title: string; readonly detail: string };

/** What a step's words may mention: the period a copy stays on the server, and the servers. */
export type StepFacts = {
  /** POP3's "leave a copy on the server" period, in days. */
  days: number;
  /** The incoming protocol being set up. */
  incoming: 'IMAP' | 'POP3';
  /** Where mail is received and sent: "imap.gmail.com (port 993 with SSL/TLS)", or the ports alone. */
  receiving: string;
  sending: string;
};

/** The words the advice needs from a locale: how ports read, and each step's variants. */
export type AdviceWords = {
  /** How a port is reached: "port 993 with SSL/TLS", "port 587 with STARTTLS set to required". */
  readonly endpoint: (port: number, security: Security) => string;
  /** Two ways to reach the same server: "…, or …". */
  readonly either: (first: string, second: string) => string;
  /** A named server and how it is reached: "imap.gmail.com (port 993 with SSL/TLS)". */
  readonly at: (host: string, endpoints: string) => string;
  /** Each step's words in each variant: fixed, or made from the facts. */
  readonly steps: { readonly [S in StepId]: { readonly [V in StepVariants[S]]: StepText | ((facts: StepFacts) => StepText) } };
};

/**
 * The servers of a known provider or host: a server or null (none offered) per protocol, and the
 * sending servers. Undefined when not known.
 */
export type KnownServers = {
  imap?: Server | null | undefined;
  pop3?: Server | null | undefined;
  smtp?: ReadonlyArray<Server> | undefined;
  /** Where the provider's POP3 differs from plain POP3 (a provider entry has it; a host never). */
  pop3Behaviour?: Provider['pop3Behaviour'];
};

/**
 * How a server is reached, in the words of `words`: "port 465 with SSL/TLS, or port 587 with
 * STARTTLS set to required".
 */
export function describeEndpoints(endpoints: ReadonlyArray<Endpoint>, words: AdviceWords): string {
  const [first, ...rest] = endpoints.map((e) => words.endpoint(e.port, e.security));
  return rest.reduce((all, next) => words.either(all, next), first ?? '');
}

/** A server with how it is reached, or the ports alone when its name is unknown. */
function where(server: AdviceServer | undefined, words: AdviceWords): string {
  const endpoints = describeEndpoints(server?.endpoints ?? [], words);
  return server?.host ? words.at(server.host, endpoints) : endpoints;
}

/**
 * A step's title and detail in the words of `words`, for the servers shown beside it.
 *
 * @example describeStep({ id: 'backups', variant: 'keep' }, english.advice, servers).title // 'Keep your automatic, encrypted backups running'
 */
export function describeStep(step: StepKey, words: AdviceWords, servers: ReadonlyArray<AdviceServer>): StepText {
  const variants: Readonly<Record<string, StepText | ((facts: StepFacts) => StepText)>> = words.steps[step.id];
  const text = variants[step.variant];
  if (typeof text !== 'function') return text ?? { title: '', detail: '' };
  const incoming = servers.find((s) => s.role === 'incoming');
  return text({
    days: MODEL.advice.leaveOnServerDays,
    incoming: incoming?.protocol === 'IMAP' ? 'IMAP' : 'POP3',
    receiving: where(incoming, words),
    sending: where(
      servers.find((s) => s.role === 'outgoing'),
      words,
    ),
  });
}

/**
 * The servers to set up for a protocol: the known provider's (or host's) where it names them, the
 * standard encrypted ports otherwise (IMAP 993, POP3 995, SMTP 465 with SSL/TLS or 587 with STARTTLS).
 *
 * @example serversFor('imap')[0] // { role: 'incoming', protocol: 'IMAP', host: undefined, endpoints: [{ port: 993, security: 'tls' }] }
 */
function serversFor(protocol: Protocol, known: KnownServers): AdviceServer[] {
  const { ports } = MODEL.advice;
  const [implicitTls, startTls] = ports.smtp;
  const incoming = protocol === 'imap' ? known.imap : known.pop3;
  const sending = known.smtp && known.smtp.length > 0 ? known.smtp : undefined;
  return [
    {
      role: 'incoming',
      protocol: protocol === 'imap' ? 'IMAP' : 'POP3',
      host: incoming?.host,
      endpoints: incoming ? [{ port: incoming.port, security: incoming.security }] : [{ port: protocol === 'imap' ? ports.imap : ports.pop3, security: 'tls' }],
    },
    {
      role: 'outgoing',
      protocol: 'SMTP',
      host: sending?.[0]?.host,
      endpoints: sending
        ? sending.map((s) => ({ port: s.port, security: s.security }))
        : [
            { port: implicitTls, security: 'tls' },
            { port: startTls, security: 'starttls' },
          ],
    },
  ];
}

/**
 * Which device removes mail from the server. Many mail programs keep a copy on the server by
 * default, so POP3 keeps mail off the server only once removal is on; with a phone as well, only
 * the main computer removes (after some days), and the phone never does.
 */
function serverCopyVariant(answers: Answers, behaviour: KnownServers['pop3Behaviour']): StepVariants['server-copy'] {
  // Gmail ignores a program's "remove from server": its own setting decides what happens to its copy.
  if (behaviour?.delete === 'ignored') return 'gmail';
  const devices = ownAnswer(answers, 'devices');
  if (devices === 'two' || devices === 'many') return 'devices';
  // Someone else reads this mailbox: mail stays on the server long enough for them to see it.
  if (ownAnswer(answers, 'sharing') === 'delegate') return 'delegate';
  return devices === 'one' ? 'removal' : 'maybe';
}

function pop3Steps(answers: Answers, { pop3Behaviour: behaviour }: KnownServers): StepKey[] {
  const security = ownAnswer(answers, 'deviceSecurity');
  return [
    { id: 'tls', variant: 'pop3' },
    { id: 'backups', variant: ownAnswer(answers, 'backups') === 'automatic' ? 'keep' : 'start' },
    { id: 'disk-encryption', variant: security === 'yes' ? 'keep' : security === 'unsure' ? 'check' : 'start' },
    // Outlook.com keeps its copy whatever a program removes until a web setting lets programs delete.
    ...(behaviour?.delete === 'off-by-default' ? [{ id: 'provider-delete', variant: 'outlook' } as const] : []),
    { id: 'server-copy', variant: serverCopyVariant(answers, behaviour) },
    { id: 'inbox-only', variant: behaviour?.allMail ? 'allMail' : 'pop3' },
    ...(ownAnswer(answers, 'retention') === 'required' ? [{ id: 'retention', variant: 'pop3' } as const] : []),
    // A POP3 that serves all mail (Gmail's) brings old mail too, but flattened: folders still go first.
    { id: 'switching', variant: behaviour?.allMail ? 'toPop3AllMail' : 'toPop3' },
  ];
}

/**
 * What to ask of the provider. Once the person has chosen one, or is on a host's own page, the step
 * never tells them to go elsewhere: it secures the account they have.
 */
function providerVariant(answers: Answers, known: KnownServers): StepVariants['provider-encryption'] {
  const named = known.imap !== undefined || known.pop3 !== undefined || (known.smtp?.length ?? 0) > 0;
  if (named) return 'chosen';
  return ownAnswer(answers, 'provider') === 'high' ? 'keep' : 'start';
}

function imapSteps(answers: Answers, known: KnownServers): StepKey[] {
  const sharing = ownAnswer(answers, 'sharing');
  return [
    { id: 'tls', variant: 'imap' },
    { id: 'provider-encryption', variant: providerVariant(answers, known) },
    { id: 'device-lock', variant: 'imap' },
    ...(sharing === 'delegate' || sharing === 'team' ? [{ id: 'shared-access', variant: 'imap' } as const] : []),
    { id: 'local-export', variant: ownAnswer(answers, 'retention') === 'required' ? 'retention' : 'plain' },
    { id: 'switching', variant: 'toImap' },
  ];
}

/**
 * Setup advice for a protocol, tailored by the answers: server settings (always over TLS) and the
 * steps that keep that protocol's weak side covered, including the protocol facts a person must
 * hear (POP3 fetches only the inbox; how to switch without losing mail). Given a locale, each step
 * carries its title and detail in its words.
 *
 * @example
 * const advice = advise('pop3', { devices: 'two', backups: 'automatic' });
 * advice.servers[0] // { role: 'incoming', protocol: 'POP3', host: undefined, endpoints: [{ port: 995, security: 'tls' }] }
 * advice.steps.map((s) => s.id) // ['tls', 'backups', 'disk-encryption', 'server-copy', 'inbox-only', 'switching']
 */
export function advise(protocol: Protocol, answers: Answers, known: KnownServers = {}, locale?: { readonly advice: AdviceWords }): Advice {
  const servers = serversFor(protocol, known);
  const keys = protocol === 'imap' ? imapSteps(answers, known) : pop3Steps(answers, known);
  const steps: AdviceStep[] = locale ? keys.map((key) => ({ ...key, ...describeStep(key, locale.advice, servers) })) : keys;
  return { protocol, servers, steps };
}
