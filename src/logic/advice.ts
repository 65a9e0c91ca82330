/**
 * Setup advice for the recommended protocol, as data: which steps, in which variant, with which
 * numbers. Ports and periods come from the model table; the words come from a locale
 * (`describeStep`, `describeSecurity`), English by default.
 */
import { MODEL_TEXT } from './locale/en/model.ts';
import type { ModelText } from './locale/shape.ts';
import { MODEL } from './model.ts';
import type { Answers, OptionIds, Protocol, QuestionId } from './types.ts';

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

/** How a server must be reached: implicit TLS only, or implicit TLS or STARTTLS (required). */
export type ServerSecurity = 'tls' | 'tls-or-starttls';

export type AdviceServer = {
  role: 'incoming' | 'outgoing';
  protocol: 'IMAP' | 'POP3' | 'SMTP';
  ports: ReadonlyArray<number>;
  security: ServerSecurity;
};

export type Advice = {
  protocol: Protocol;
  /** Incoming and outgoing server settings, always over TLS. */
  servers: ReadonlyArray<AdviceServer>;
  steps: ReadonlyArray<AdviceStep>;
};

type AdviceText = ModelText['advice'];

/** An answer, if it is the object's own property (never one inherited through a prototype). */
function answer<Q extends QuestionId>(answers: Answers, id: Q): OptionIds[Q] | undefined {
  return typeof answers === 'object' && answers !== null && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/**
 * A step's title and detail in the words of `text`.
 *
 * @example describeStep({ id: 'backups', variant: 'keep' }, MODEL_TEXT.advice).title // 'Keep your automatic, encrypted backups running'
 */
export function describeStep(step: StepKey, text: AdviceText): { title: string; detail: string } {
  const { ports, leaveOnServerDays: days } = MODEL.advice;
  const [implicitTls = 465, startTls = 587] = ports.smtp;
  switch (step.id) {
    case 'tls': {
      const incoming = step.variant === 'imap' ? 'IMAP' : 'POP3';
      return { title: text.tls.title, detail: text.tls.detail(incoming, step.variant === 'imap' ? ports.imap : ports.pop3, implicitTls, startTls) };
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

/** How a server must be reached, in the words of `text`: "SSL/TLS on 465, or STARTTLS set to required on 587 …". */
export function describeSecurity(security: ServerSecurity, text: AdviceText): string {
  const [implicitTls = 465, startTls = 587] = MODEL.advice.ports.smtp;
  return security === 'tls' ? text.security.incoming : text.security.outgoing(implicitTls, startTls);
}

function step<S extends StepId>(id: S, variant: StepVariants[S]): AdviceStep {
  const key = { id, variant } as StepKey;
  return { ...key, ...describeStep(key, MODEL_TEXT.advice) };
}

function serversFor(protocol: Protocol): Advice['servers'] {
  const { ports } = MODEL.advice;
  return [
    { role: 'incoming', protocol: protocol === 'imap' ? 'IMAP' : 'POP3', ports: [protocol === 'imap' ? ports.imap : ports.pop3], security: 'tls' },
    { role: 'outgoing', protocol: 'SMTP', ports: ports.smtp, security: 'tls-or-starttls' },
  ];
}

/**
 * Which device removes mail from the server. Many mail programs keep a copy on the server by
 * default, so POP3 keeps mail off the server only once removal is on; with a phone as well, only
 * the main computer removes (after some days), and the phone never does.
 */
function serverCopyVariant(answers: Answers): StepVariants['server-copy'] {
  const devices = answer(answers, 'devices');
  if (devices === 'one') return 'removal';
  return devices === 'two' || devices === 'many' ? 'devices' : 'maybe';
}

function pop3Steps(answers: Answers): AdviceStep[] {
  const security = answer(answers, 'deviceSecurity');
  return [
    step('tls', 'pop3'),
    step('backups', answer(answers, 'backups') === 'automatic' ? 'keep' : 'start'),
    step('disk-encryption', security === 'yes' ? 'keep' : security === 'unsure' ? 'check' : 'start'),
    step('server-copy', serverCopyVariant(answers)),
    step('inbox-only', 'pop3'),
    ...(answer(answers, 'retention') === 'required' ? [step('retention', 'pop3')] : []),
    step('switching', 'toPop3'),
  ];
}

function imapSteps(answers: Answers): AdviceStep[] {
  const sharing = answer(answers, 'sharing');
  return [
    step('tls', 'imap'),
    step('provider-encryption', answer(answers, 'provider') === 'high' ? 'keep' : 'start'),
    step('device-lock', 'imap'),
    ...(sharing === 'delegate' || sharing === 'team' ? [step('shared-access', 'imap')] : []),
    step('local-export', answer(answers, 'retention') === 'required' ? 'retention' : 'plain'),
    step('switching', 'toImap'),
  ];
}

/**
 * Setup advice for a protocol, tailored by the answers: server settings (always over TLS) and the
 * steps that keep that protocol's weak side covered, including the protocol facts a person must
 * hear (POP3 fetches only the inbox; how to switch without losing mail).
 *
 * @example
 * const advice = advise('pop3', { devices: 'two', backups: 'automatic' });
 * advice.servers[0] // { role: 'incoming', protocol: 'POP3', ports: [995], security: 'tls' }
 * advice.steps.map((s) => s.id) // ['tls', 'backups', 'disk-encryption', 'server-copy', 'inbox-only', 'switching']
 */
export function advise(protocol: Protocol, answers: Answers): Advice {
  return {
    protocol,
    servers: serversFor(protocol),
    steps: protocol === 'imap' ? imapSteps(answers) : pop3Steps(answers),
  };
}
