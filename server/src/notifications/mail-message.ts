import type { Language, NotificationKind, NotificationParams } from '@klch/shared';
import { wordNotification } from './notification-words';

export interface MailMessage {
  subject: string;
  text: string;
  html: string;
}

const FOOTER: Record<Language, { open: string; why: string }> = {
  en: {
    open: 'Open it in KL Partnerships (you will be asked to sign in):',
    why: 'You get this email because of your KL Partnerships notification settings; choose which emails you get on your profile.',
  },
  ms: {
    open: 'Buka dalam KL Partnerships (anda akan diminta log masuk):',
    why: 'Anda menerima e-mel ini kerana tetapan pemberitahuan KL Partnerships anda; pilih e-mel yang anda terima di profil anda.',
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One notification's email in the recipient's language: plain text and a simple HTML part with the
 * same words, and a link to the record. The link is the page's address only, never a token: whoever
 * follows it signs in as usual.
 */
export function mailMessage(kind: NotificationKind, params: NotificationParams, language: Language, link: string): MailMessage {
  const { subject, lines } = wordNotification(kind, params, language);
  const footer = FOOTER[language];
  const text = [...lines, '', footer.open, link, '', '--', footer.why, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family: Arial, sans-serif; color: #1b1b1b; line-height: 1.5">`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p>${escapeHtml(footer.open)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<hr><p style="color: #555; font-size: 12px">${escapeHtml(footer.why)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `[KL Partnerships] ${subject}`.slice(0, 300), text, html };
}

/** The page of the partnership a notification is about, at the app's public address. */
export const partnershipLink = (publicUrl: string, partnershipId: number) => `${publicUrl}/#/partnerships/${partnershipId}/show`;
