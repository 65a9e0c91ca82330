/**
 * Setup advice for the recommended protocol, as data: which steps, in which variant, with which
 * numbers. Ports and periods come from the model table; the words come from a locale
 * (`describeStep`, `describeEndpoints`), English by default.
 */
import { ownAnswer } from './catalogue.ts';
import { MODEL_TEXT } from './locale/en/model.ts';
import type { ModelText } from './locale/shape.ts';
import { MODEL } from './model.ts';
import type { Server } from './providers.ts';
import type { Answers, Protocol } from './types.ts';

/** Each step and the variants it comes in (the answers pick one). */
export type StepVariants = {
  tls: 'imap' | 'pop3';
  backups: 'start' | 'keep';
  'disk-encryption': 'start' | 'check' | 'keep';
  'server-copy': 'removal' | 'devices' | 'maybe';
  'inbox-only': 'pop3';
  retention: 'pop3';
  'provider-encryption': 'start' | 'keep';
  'device-lock': 'imap';
  'shared-access': 'imap';
  'local-export': 'plain' | 'retention';
  switching: 'toPop3' | 'toImap';
};

export type StepId = keyof StepVariants;

/** Which step, in which variant. */
export type StepKey = { [S in StepId]: { id: S; variant: StepVariants[S] } }[StepId];

/** One step of the advice: what it is, in which variant, and its words (English by default). */
export type AdviceStep = StepKey & { title: string; detail: string };

/** A port and how it is reached: implicit TLS, or STARTTLS set to required. Never unencrypted. */
export type Endpoint = { port: number; security: 'tls' | 'starttls' };

export type AdviceServer = {
  role: 'incoming' | 'outgoing';
  protocol: 'IMAP' | 'POP3' | 'SMTP';
  /** The server's name, when the provider is known; otherwise the person's provider tells it. */
  host: string | undefined;
  /** The ports it can be reached on, the first preferred. */
  endpoints: ReadonlyArray<Endpoint>;
};

/**
 * The servers of a known provider or host: a server or null (none offered) per protocol, and the
 * sending servers. Undefined when not known.
 */
export type KnownServers = {
  imap?: Server | null | undefined;
  pop3?: Server | null | undefined;
  smtp?: ReadonlyArray<Server> | undefined;
};

export type Advice = {
  protocol: Protocol;
  /** Incoming and outgoing server settings, always over TLS. */
  servers: ReadonlyArray<AdviceServer>;
  steps: ReadonlyArray<AdviceStep>;
};

type AdviceText = ModelText['advice'];

/**
 * How a server is reached, in the words of `text`: "port 465 with SSL/TLS, or port 587 with
 * STARTTLS set to required".
 */
export function describeEndpoints(endpoints: ReadonlyArray<Endpoint>, text: AdviceText): string {
  const [first, ...rest] = endpoints.map((e) => text.endpoint(e.port, e.security));
  return rest.reduce((all, next) => text.either(all, next), first ?? '');
}

/**
 * A step's title and detail in the words of `text`, for the servers shown beside it.
 *
 * @example describeStep({ id: 'backups', variant: 'keep' }, MODEL_TEXT.advice, serversFor('pop3')).title // 'Keep your automatic, encrypted backups running'
 */
export function describeStep(step: StepKey, text: AdviceText, servers: ReadonlyArray<AdviceServer>): { title: string; detail: string } {
  const days = MODEL.advice.leaveOnServerDays;
  switch (step.id) {
    case 'tls': {
      const where = (role: AdviceServer['role']) => {
        const server = servers.find((s) => s.role === role);
        const endpoints = describeEndpoints(server?.endpoints ?? [], text);
        return server?.host ? text.at(server.host, endpoints) : endpoints;
      };
      return { title: text.tls.title, detail: text.tls.detail(step.variant === 'imap' ? 'IMAP' : 'POP3', where('incoming'), where('outgoing')) };
    }
    case 'backups':
      return text.backups[step.variant];
    case 'disk-encryption':
      return text.diskEncryption[step.variant];
    case 'server-copy':
      if (step.variant === 'removal') return text.serverCopy.removal;
      if (step.variant === 'devices') return { title: text.serverCopy.devices.title(days), detail: text.serverCopy.devices.detail(days) };
      return { title: text.serverCopy.maybe.title, detail: text.serverCopy.maybe.detail(days) };
    case 'inbox-only':
      return text.inboxOnly;
    case 'retention':
      return text.retentionPop3;
    case 'provider-encryption':
      return text.providerEncryption[step.variant];
    case 'device-lock':
      return text.deviceLock;
    case 'shared-access':
      return text.sharedAccess;
    case 'local-export':
      return text.localExport[step.variant];
    case 'switching':
      return step.variant === 'toPop3' ? text.switchToPop3 : text.switchToImap;
  }
}

/**
 * The servers to set up for a protocol: the known provider's (or host's) where it names them, the
 * standard encrypted ports otherwise (IMAP 993, POP3 995, SMTP 465 with SSL/TLS or 587 with STARTTLS).
 *
 * @example serversFor('imap')[0] // { role: 'incoming', protocol: 'IMAP', host: undefined, endpoints: [{ port: 993, security: 'tls' }] }
 */
function serversFor(protocol: Protocol, known: KnownServers = {}): AdviceServer[] {
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

function step<S extends StepId>(id: S, variant: StepVariants[S], servers: ReadonlyArray<AdviceServer>): AdviceStep {
  const key = { id, variant } as StepKey;
  return { ...key, ...describeStep(key, MODEL_TEXT.advice, servers) };
}

/**
 * Which device removes mail from the server. Many mail programs keep a copy on the server by
 * default, so POP3 keeps mail off the server only once removal is on; with a phone as well, only
 * the main computer removes (after some days), and the phone never does.
 */
function serverCopyVariant(answers: Answers): StepVariants['server-copy'] {
  const devices = ownAnswer(answers, 'devices');
  if (devices === 'one') return 'removal';
  return devices === 'two' || devices === 'many' ? 'devices' : 'maybe';
}

function pop3Steps(answers: Answers, servers: ReadonlyArray<AdviceServer>): AdviceStep[] {
  const security = ownAnswer(answers, 'deviceSecurity');
  return [
    step('tls', 'pop3', servers),
    step('backups', ownAnswer(answers, 'backups') === 'automatic' ? 'keep' : 'start', servers),
    step('disk-encryption', security === 'yes' ? 'keep' : security === 'unsure' ? 'check' : 'start', servers),
    step('server-copy', serverCopyVariant(answers), servers),
    step('inbox-only', 'pop3', servers),
    ...(ownAnswer(answers, 'retention') === 'required' ? [step('retention', 'pop3', servers)] : []),
    step('switching', 'toPop3', servers),
  ];
}

function imapSteps(answers: Answers, servers: ReadonlyArray<AdviceServer>): AdviceStep[] {
  const sharing = ownAnswer(answers, 'sharing');
  return [
    step('tls', 'imap', servers),
    step('provider-encryption', ownAnswer(answers, 'provider') === 'high' ? 'keep' : 'start', servers),
    step('device-lock', 'imap', servers),
    ...(sharing === 'delegate' || sharing === 'team' ? [step('shared-access', 'imap', servers)] : []),
    step('local-export', ownAnswer(answers, 'retention') === 'required' ? 'retention' : 'plain', servers),
    step('switching', 'toImap', servers),
  ];
}

/**
 * Setup advice for a protocol, tailored by the answers: server settings (always over TLS) and the
 * steps that keep that protocol's weak side covered, including the protocol facts a person must
 * hear (POP3 fetches only the inbox; how to switch without losing mail).
 *
 * @example
 * const advice = advise('pop3', { devices: 'two', backups: 'automatic' });
 * advice.servers[0] // { role: 'incoming', protocol: 'POP3', host: undefined, endpoints: [{ port: 995, security: 'tls' }] }
 * advice.steps.map((s) => s.id) // ['tls', 'backups', 'disk-encryption', 'server-copy', 'inbox-only', 'switching']
 */
export function advise(protocol: Protocol, answers: Answers, known: KnownServers = {}): Advice {
  const servers = serversFor(protocol, known);
  return {
    protocol,
    servers,
    steps: protocol === 'imap' ? imapSteps(answers, servers) : pop3Steps(answers, servers),
  };
}
