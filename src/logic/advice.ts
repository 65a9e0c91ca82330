/**
 * Setup advice for the recommended protocol, as data. Ports and periods come from the model table;
 * sentences from the locale module.
 */
import { MODEL_TEXT } from './locale/en/model.ts';
import { MODEL } from './model.ts';
import type { Advice, AdviceStep, Answers, OptionIds, Protocol, QuestionId } from './types.ts';

const text = MODEL_TEXT.advice;

/** An answer, if it is the object's own property (never one inherited through a prototype). */
function answer<Q extends QuestionId>(answers: Answers, id: Q): OptionIds[Q] | undefined {
  return typeof answers === 'object' && answers !== null && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

function serversFor(protocol: Protocol): Advice['servers'] {
  const { ports } = MODEL.advice;
  const [implicitTls, startTls] = ports.smtp;
  return [
    protocol === 'imap'
      ? { role: 'incoming', protocol: 'IMAP', ports: [ports.imap], security: text.security.incoming }
      : { role: 'incoming', protocol: 'POP3', ports: [ports.pop3], security: text.security.incoming },
    { role: 'outgoing', protocol: 'SMTP', ports: ports.smtp, security: text.security.outgoing(implicitTls, startTls) },
  ];
}

function tlsStep(protocol: Protocol): AdviceStep {
  const { ports } = MODEL.advice;
  const [implicitTls, startTls] = ports.smtp;
  const incoming = protocol === 'imap' ? 'IMAP' : 'POP3';
  const port = protocol === 'imap' ? ports.imap : ports.pop3;
  return { id: 'tls', title: text.tls.title, detail: text.tls.detail(incoming, port, implicitTls, startTls) };
}

/**
 * Which device removes mail from the server. Many mail programs keep a copy on the server by
 * default, so POP3 keeps mail off the server only once removal is on; with a phone as well, only
 * the main computer removes (after some days), and the phone never does.
 */
function serverCopyStep(answers: Answers): AdviceStep {
  const days = MODEL.advice.leaveOnServerDays;
  const devices = answer(answers, 'devices');
  if (devices === 'one') return { id: 'server-copy', ...text.serverCopy.removal };
  if (devices === 'two' || devices === 'many') {
    return { id: 'server-copy', title: text.serverCopy.devices.title(days), detail: text.serverCopy.devices.detail(days) };
  }
  return { id: 'server-copy', title: text.serverCopy.maybe.title, detail: text.serverCopy.maybe.detail(days) };
}

function pop3Steps(answers: Answers): AdviceStep[] {
  const backups = answer(answers, 'backups') === 'automatic' ? text.backups.keep : text.backups.start;
  const security = answer(answers, 'deviceSecurity');
  const disk = security === 'yes' ? text.diskEncryption.keep : security === 'unsure' ? text.diskEncryption.check : text.diskEncryption.start;
  return [
    tlsStep('pop3'),
    { id: 'backups', ...backups },
    { id: 'disk-encryption', ...disk },
    serverCopyStep(answers),
    { id: 'inbox-only', ...text.inboxOnly },
    ...(answer(answers, 'retention') === 'required' ? [{ id: 'retention', ...text.retentionPop3 }] : []),
    { id: 'switching', ...text.switchToPop3 },
  ];
}

function imapSteps(answers: Answers): AdviceStep[] {
  const provider = answer(answers, 'provider') === 'high' ? text.providerEncryption.keep : text.providerEncryption.start;
  const sharing = answer(answers, 'sharing');
  const exportStep = answer(answers, 'retention') === 'required' ? text.localExport.retention : text.localExport.plain;
  return [
    tlsStep('imap'),
    { id: 'provider-encryption', ...provider },
    { id: 'device-lock', ...text.deviceLock },
    ...(sharing === 'delegate' || sharing === 'team' ? [{ id: 'shared-access', ...text.sharedAccess }] : []),
    { id: 'local-export', ...exportStep },
    { id: 'switching', ...text.switchToImap },
  ];
}

/**
 * Setup advice for a protocol, tailored by the answers: server settings (always over TLS) and the
 * steps that keep that protocol's weak side covered, including the protocol facts a person must
 * hear (POP3 fetches only the inbox; how to switch without losing mail).
 *
 * @example
 * const advice = advise('pop3', { devices: 'two', backups: 'automatic' });
 * advice.servers[0] // { role: 'incoming', protocol: 'POP3', ports: [995], … }
 * advice.steps.map((s) => s.id) // ['tls', 'backups', 'disk-encryption', 'server-copy', 'inbox-only', 'switching']
 */
export function advise(protocol: Protocol, answers: Answers): Advice {
  return {
    protocol,
    servers: serversFor(protocol),
    steps: protocol === 'imap' ? imapSteps(answers) : pop3Steps(answers),
  };
}
