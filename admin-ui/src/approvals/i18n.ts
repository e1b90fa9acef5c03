/**
 * Labels of the approval queue, in react-admin's shape: spread into `resources` of en.ts / ms.ts,
 * so this feature's keys live here and the shared message files change by one line each.
 * `ms` is typed by `en`, so a key missing in Bahasa Melayu fails the type check.
 */
export const en = {
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
  },
};

export const ms: typeof en = {
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
  },
};
