import { type Language, type NotificationKind, type NotificationParams, STATUS_LABELS } from '@klch/shared';

/** A notification in words: a subject line and the sentences of its body. */
export interface Worded {
  subject: string;
  lines: string[];
}

const dayFirst = (date: string | null | undefined) => {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
};

type Words = (p: NotificationParams, title: string, status: (code: NotificationParams['toStatus']) => string) => Worded;

/**
 * The emails' words, in English and Bahasa Melayu (the UI has the same sentences in its i18n, for the
 * bell). Typed by the kinds, so a new kind fails the type check until both languages word it.
 */
const WORDS: Record<Language, Record<NotificationKind, Words>> = {
  en: {
    request_decided: (p, title, status) => ({
      subject: `${p.outcome === 'approved' ? 'Approved' : 'Rejected'}: ${status(p.toStatus)} for ${title}`,
      lines: [
        `${p.actorName ?? 'A manager'} ${p.outcome === 'approved' ? 'approved' : 'rejected'} your request to change ${title} from ${status(p.fromStatus)} to ${status(p.toStatus)}.`,
        ...(p.comment ? [`Comment: ${p.comment}`] : []),
      ],
    }),
    request_waiting: (p, title, status) => ({
      subject: `To decide: ${status(p.toStatus)} for ${title}`,
      lines: [
        `${p.actorName ?? 'An officer'} asks to change ${title} from ${status(p.fromStatus)} to ${status(p.toStatus)}. You may approve or reject it.`,
      ],
    }),
    request_withdrawn: (p, title, status) => ({
      subject: `Withdrawn: ${status(p.toStatus)} for ${title}`,
      lines: [`${p.actorName ?? 'The requester'} withdrew the request to change ${title} to ${status(p.toStatus)}. Nothing is left to decide.`],
    }),
    request_stale: (p, title, status) => ({
      subject: `Out of date: ${status(p.toStatus)} for ${title}`,
      lines: [
        `${title} was changed by ${p.actorName ?? 'someone'} after the request to change it to ${status(p.toStatus)} was made, so the request can no longer be approved.`,
        'The requester can withdraw it and make a new one; a manager can reject it.',
      ],
    }),
    reminder_expiry: (p, title) => ({
      subject: `Expires in ${p.days} days: ${title}`,
      lines: [`${title} expires on ${dayFirst(p.date)}, in ${p.days} days. Renew it, or plan what happens when it ends.`],
    }),
    reminder_review: (p, title) => ({
      subject: `Review due: ${title}`,
      lines: [`The review of ${title} was due on ${dayFirst(p.date)}.`],
    }),
    reminder_milestone_overdue: (p, title) => ({
      subject: `Milestone overdue: ${p.milestoneTitle}`,
      lines: [`The milestone "${p.milestoneTitle}" of ${title} was due on ${dayFirst(p.date)} and is not done.`],
    }),
    reminder_dormant: (p, title) => ({
      subject: `Dormant: ${title}`,
      lines: [`Nothing has happened to ${title} since ${dayFirst(p.date)}: no edit, milestone, document or status change. Is it still alive?`],
    }),
    reminder_approval_overdue: (p, title, status) => ({
      subject: `Waiting ${p.days} days for a decision: ${title}`,
      lines: [
        `The request to change ${title} to ${status(p.toStatus)}, made by ${p.actorName ?? 'an officer'}, has waited ${p.days} days for a decision.`,
      ],
    }),
  },
  ms: {
    request_decided: (p, title, status) => ({
      subject: `${p.outcome === 'approved' ? 'Diluluskan' : 'Ditolak'}: ${status(p.toStatus)} bagi ${title}`,
      lines: [
        `${p.actorName ?? 'Seorang pengurus'} telah ${p.outcome === 'approved' ? 'meluluskan' : 'menolak'} permohonan anda untuk menukar ${title} daripada ${status(p.fromStatus)} kepada ${status(p.toStatus)}.`,
        ...(p.comment ? [`Ulasan: ${p.comment}`] : []),
      ],
    }),
    request_waiting: (p, title, status) => ({
      subject: `Untuk diputuskan: ${status(p.toStatus)} bagi ${title}`,
      lines: [
        `${p.actorName ?? 'Seorang pegawai'} memohon untuk menukar ${title} daripada ${status(p.fromStatus)} kepada ${status(p.toStatus)}. Anda boleh meluluskan atau menolaknya.`,
      ],
    }),
    request_withdrawn: (p, title, status) => ({
      subject: `Ditarik balik: ${status(p.toStatus)} bagi ${title}`,
      lines: [
        `${p.actorName ?? 'Pemohon'} telah menarik balik permohonan untuk menukar ${title} kepada ${status(p.toStatus)}. Tiada apa-apa lagi untuk diputuskan.`,
      ],
    }),
    request_stale: (p, title, status) => ({
      subject: `Tidak terkini: ${status(p.toStatus)} bagi ${title}`,
      lines: [
        `${title} telah diubah oleh ${p.actorName ?? 'seseorang'} selepas permohonan untuk menukarnya kepada ${status(p.toStatus)} dibuat, jadi permohonan itu tidak lagi boleh diluluskan.`,
        'Pemohon boleh menarik baliknya dan membuat permohonan baharu; pengurus boleh menolaknya.',
      ],
    }),
    reminder_expiry: (p, title) => ({
      subject: `Tamat tempoh dalam ${p.days} hari: ${title}`,
      lines: [
        `${title} tamat tempoh pada ${dayFirst(p.date)}, dalam ${p.days} hari. Perbaharuinya, atau rancang apa yang berlaku apabila ia berakhir.`,
      ],
    }),
    reminder_review: (p, title) => ({
      subject: `Semakan perlu dibuat: ${title}`,
      lines: [`Semakan ${title} sepatutnya dibuat pada ${dayFirst(p.date)}.`],
    }),
    reminder_milestone_overdue: (p, title) => ({
      subject: `Pencapaian lewat: ${p.milestoneTitle}`,
      lines: [`Pencapaian "${p.milestoneTitle}" bagi ${title} sepatutnya siap pada ${dayFirst(p.date)} dan belum selesai.`],
    }),
    reminder_dormant: (p, title) => ({
      subject: `Tidak aktif: ${title}`,
      lines: [
        `Tiada apa-apa berlaku pada ${title} sejak ${dayFirst(p.date)}: tiada suntingan, pencapaian, dokumen atau perubahan status. Adakah ia masih berjalan?`,
      ],
    }),
    reminder_approval_overdue: (p, title, status) => ({
      subject: `Menunggu keputusan selama ${p.days} hari: ${title}`,
      lines: [
        `Permohonan untuk menukar ${title} kepada ${status(p.toStatus)}, yang dibuat oleh ${p.actorName ?? 'seorang pegawai'}, telah menunggu keputusan selama ${p.days} hari.`,
      ],
    }),
  },
};

/** The notification in the reader's language: the partnership by its title in that language, statuses by their labels. */
export function wordNotification(kind: NotificationKind, params: NotificationParams, language: Language): Worded {
  const title = (language === 'ms' && params.titleMs) || params.title || params.code || '';
  const status = (code: NotificationParams['toStatus']) => (code ? STATUS_LABELS[language][code] : '');
  return WORDS[language][kind](params, title, status);
}
