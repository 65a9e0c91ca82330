/**
 * Setup advice for the recommended protocol, as data. Ports and periods come from the model table;
 * sentences from the locale module.
 */
import { EN } from './locale/en.ts';
import { MODEL } from './model.ts';
import type { Advice, AdviceStep, Answers, OptionIds, Protocol, QuestionId } from './types.ts';

const text = EN.model.advice;

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
  const incoming = protocol === 'imap' ? 'IMAP' : 'POP3';
  const port = protocol === 'imap' ? ports.imap : ports.pop3;
  return { id: 'tls', title: text.tls.title, detail: text.tls.detail(incoming, port, ports.smtp) };
}

function pop3Steps(answers: Answers): AdviceStep[] {
  const days = MODEL.advice.leaveOnServerDays;
  const backups = answer(answers, 'backups') === 'automatic' ? text.backups.keep : text.backups.start;
  const disk = answer(answers, 'deviceSecurity') === 'yes' ? text.diskEncryption.keep : text.diskEncryption.start;
  const steps: AdviceStep[] = [
    tlsStep('pop3'),
    { id: 'backups', ...backups },
    { id: 'disk-encryption', ...disk },
  ];
  // Leaving a copy on the server only helps when another device also fetches the mail. With one
  // computer it would only keep mail exposed on the server for nothing. Unanswered: most people
  // today use several devices, so the step is shown, worded as a condition.
  const devices = answer(answers, 'devices');
  if (devices !== 'one') {
    const detail = devices === 'two' || devices === 'many' ? text.leaveCopy.detail.otherDevices : text.leaveCopy.detail.maybe;
    steps.push({ id: 'leave-copy', title: text.leaveCopy.title(days), detail: detail(days) });
  }
  return steps;
}

function imapSteps(answers: Answers): AdviceStep[] {
  const provider = answer(answers, 'provider') === 'high' ? text.providerEncryption.keep : text.providerEncryption.start;
  const exportStep = answer(answers, 'retention') === 'required' ? text.localExport.retention : text.localExport.plain;
  return [tlsStep('imap'), { id: 'provider-encryption', ...provider }, { id: 'local-export', ...exportStep }];
}

/**
 * Setup advice for a protocol, tailored by the answers: server settings (always over TLS) and the
 * steps that keep that protocol's weak side covered.
 *
 * @example
 * const advice = advise('pop3', { devices: 'two', backups: 'automatic' });
 * advice.servers[0] // { role: 'incoming', protocol: 'POP3', ports: [995], … }
 * advice.steps.map((s) => s.id) // ['tls', 'backups', 'disk-encryption', 'leave-copy']
 */
export function advise(protocol: Protocol, answers: Answers): Advice {
  return {
    protocol,
    servers: serversFor(protocol),
    steps: protocol === 'imap' ? imapSteps(answers) : pop3Steps(answers),
  };
}
