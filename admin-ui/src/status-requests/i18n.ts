/**
 * Messages of the status-change workflow, in one namespace: `resources.status-requests` (react-admin's
 * shape: the fields label the approval queue's columns). `approvals` is the managers' queue, `change`
 * the request dialog and the pending banner on a partnership, `history` its Status history tab.
 * `ms` is typed by `en`, so a key missing in Bahasa Melayu fails the type check.
 */
export const en = {
  resources: {
    'status-requests': {
      name: 'Status-change request |||| Status-change requests',
      fields: {
        id: 'Request',
        partnershipId: 'Partnership',
        fromStatus: 'From',
        toStatus: 'To',
        change: 'Change',
        reason: 'Reason',
        effectiveDate: 'Effective date',
        signedOn: 'Signed on',
        nextReviewOn: 'Next review on',
        state: 'State',
        baseVersion: 'Version when requested',
        requestedById: 'Requested by',
        requestedByName: 'Requested by',
        requestedAt: 'Requested at',
        decidedById: 'Decided by',
        decidedByName: 'Decided by',
        decidedAt: 'Decided at',
        comment: 'Comment',
        decision: 'Decision',
      },
      state: {
        pending: 'Pending',
        approved: 'Approved',
        rejected: 'Rejected',
        withdrawn: 'Withdrawn',
      },
      mine: {
        title: 'My requests',
        empty: 'You have not asked for a status change yet.',
      },
      approvals: {
        title: 'Approvals',
        empty: 'No status-change requests are waiting for a decision.',
        ownRequest: 'Your request: another manager decides',
        action: {
          approve: 'Approve',
          reject: 'Reject',
        },
        dialog: {
          approveTitle: 'Approve request %{id}',
          rejectTitle: 'Reject request %{id}',
          summary: '%{partnership}: %{from} → %{to}',
          reason: 'Reason given: %{reason}',
          requestedBy: 'Requested by %{name} on %{date}',
          approveHelp: 'Optional. Approving applies the new status at once.',
          rejectHelp: 'Required: the requester reads it.',
          commentRequired: 'Say why you reject the request.',
        },
        notification: {
          approved: 'Request approved: the partnership is now %{status}.',
          rejected: 'Request rejected.',
        },
      },
      change: {
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
      history: {
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
    },
  },
};

export const ms: typeof en = {
  resources: {
    'status-requests': {
      name: 'Permohonan perubahan status',
      fields: {
        id: 'Permohonan',
        partnershipId: 'Perkongsian',
        fromStatus: 'Daripada',
        toStatus: 'Kepada',
        change: 'Perubahan',
        reason: 'Sebab',
        effectiveDate: 'Tarikh berkuat kuasa',
        signedOn: 'Ditandatangani pada',
        nextReviewOn: 'Semakan seterusnya pada',
        state: 'Keadaan',
        baseVersion: 'Versi semasa dipohon',
        requestedById: 'Dipohon oleh',
        requestedByName: 'Dipohon oleh',
        requestedAt: 'Dipohon pada',
        decidedById: 'Diputuskan oleh',
        decidedByName: 'Diputuskan oleh',
        decidedAt: 'Diputuskan pada',
        comment: 'Ulasan',
        decision: 'Keputusan',
      },
      state: {
        pending: 'Menunggu',
        approved: 'Diluluskan',
        rejected: 'Ditolak',
        withdrawn: 'Ditarik balik',
      },
      mine: {
        title: 'Permohonan saya',
        empty: 'Anda belum memohon sebarang perubahan status.',
      },
      approvals: {
        title: 'Kelulusan',
        empty: 'Tiada permohonan perubahan status yang menunggu keputusan.',
        ownRequest: 'Permohonan anda: pengurus lain yang memutuskan',
        action: {
          approve: 'Luluskan',
          reject: 'Tolak',
        },
        dialog: {
          approveTitle: 'Luluskan permohonan %{id}',
          rejectTitle: 'Tolak permohonan %{id}',
          summary: '%{partnership}: %{from} → %{to}',
          reason: 'Sebab yang diberi: %{reason}',
          requestedBy: 'Dipohon oleh %{name} pada %{date}',
          approveHelp: 'Pilihan. Kelulusan terus menggunakan status baharu.',
          rejectHelp: 'Wajib: pemohon akan membacanya.',
          commentRequired: 'Nyatakan sebab anda menolak permohonan ini.',
        },
        notification: {
          approved: 'Permohonan diluluskan: perkongsian kini %{status}.',
          rejected: 'Permohonan ditolak.',
        },
      },
      change: {
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
      history: {
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
    },
  },
};
