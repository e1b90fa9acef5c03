/**
 * Messages of the status-change workflow on the partnership page (the request dialog, the pending
 * banner, the history tab), as a fragment of `klch`: the `status-requests` resource's own labels
 * belong to the approval queue. en.ts and ms.ts spread it in with one line each.
 */
export const en = {
  statusChange: {
    action: 'Request status change',
    title: 'Request a status change',
    intro: 'A manager other than you approves or rejects the request. Until then the partnership keeps its status.',
    currentStatus: 'Current status',
    fields: {
      toStatus: 'New status',
      reason: 'Reason',
      effectiveDate: 'Effective date',
      signedOn: 'Signed on',
      nextReviewOn: 'Next review on',
    },
    helper: {
      reason: 'Say why: an auditor will read it.',
      signedOn: 'The date the agreement was signed.',
      nextReviewOn: 'When to look at the halt again.',
    },
    submit: 'Send request',
    notifications: {
      requested: 'Status change requested: a manager will decide it.',
      withdrawn: 'Request withdrawn.',
    },
    pending: {
      banner: 'Status change to %{to} requested by %{by} on %{date} — waiting for a manager.',
      reason: 'Reason: %{reason}',
      disabled: 'A status change is already waiting for a manager.',
      withdraw: 'Withdraw',
      review: 'Open the approval queue',
    },
  },
  statusHistory: {
    tab: 'Status history',
    none: 'No status changes recorded.',
    created: 'Created',
    fields: {
      effectiveDate: 'Effective',
      fromStatus: 'From',
      toStatus: 'To',
      reason: 'Reason',
      requestedBy: 'Requested by',
      decidedBy: 'Decided by',
      comment: 'Comment',
    },
  },
};

export const ms: typeof en = {
  statusChange: {
    action: 'Mohon perubahan status',
    title: 'Mohon perubahan status',
    intro: 'Seorang pengurus selain anda akan meluluskan atau menolak permohonan ini. Sehingga itu, status perkongsian tidak berubah.',
    currentStatus: 'Status semasa',
    fields: {
      toStatus: 'Status baharu',
      reason: 'Sebab',
      effectiveDate: 'Tarikh berkuat kuasa',
      signedOn: 'Ditandatangani pada',
      nextReviewOn: 'Semakan seterusnya pada',
    },
    helper: {
      reason: 'Nyatakan sebabnya: juruaudit akan membacanya.',
      signedOn: 'Tarikh perjanjian ditandatangani.',
      nextReviewOn: 'Bila penggantungan ini akan disemak semula.',
    },
    submit: 'Hantar permohonan',
    notifications: {
      requested: 'Perubahan status telah dimohon: seorang pengurus akan membuat keputusan.',
      withdrawn: 'Permohonan telah ditarik balik.',
    },
    pending: {
      banner: 'Perubahan status kepada %{to} dimohon oleh %{by} pada %{date} — menunggu keputusan pengurus.',
      reason: 'Sebab: %{reason}',
      disabled: 'Satu perubahan status sedang menunggu keputusan pengurus.',
      withdraw: 'Tarik balik',
      review: 'Buka senarai kelulusan',
    },
  },
  statusHistory: {
    tab: 'Sejarah status',
    none: 'Tiada perubahan status direkodkan.',
    created: 'Dicipta',
    fields: {
      effectiveDate: 'Berkuat kuasa',
      fromStatus: 'Daripada',
      toStatus: 'Kepada',
      reason: 'Sebab',
      requestedBy: 'Dimohon oleh',
      decidedBy: 'Diputuskan oleh',
      comment: 'Ulasan',
    },
  },
};
