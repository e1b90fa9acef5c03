/**
 * Messages of notifications (klch.notifications) and the resource's page; `ms` is typed by `en`.
 * The sentences match the server's emails (server/src/notifications/notification-words.ts).
 */
export const en = {
  resources: {
    notifications: {
      name: 'Notification |||| Notifications',
      fields: { createdAt: 'When', kind: 'Kind', readAt: 'Read', text: 'Notification' },
    },
  },
  klch: {
    notifications: {
      bell: 'Notifications',
      bellUnread: 'Notifications: %{smart_count} unread |||| Notifications: %{smart_count} unread',
      title: 'Notifications',
      none: 'Nothing new. Decisions on your requests and reminders appear here.',
      markAllRead: 'Mark all read',
      markRead: 'Mark read',
      seeAll: 'See all notifications',
      unreadOnly: 'Unread only',
      unread: 'Unread',
      read: 'Read',
      markedAllRead: 'All notifications marked read',
      kinds: {
        request_decided: 'Request decided',
        request_waiting: 'Request waiting for a decision',
        request_withdrawn: 'Request withdrawn',
        request_stale: 'Request out of date',
        reminder_expiry: 'Expiry reminder',
        reminder_review: 'Review reminder',
        reminder_milestone_overdue: 'Overdue milestone',
        reminder_dormant: 'Dormant partnership',
        reminder_approval_overdue: 'Request waiting long',
      },
      text: {
        request_decided_approved: '%{actor} approved your request: %{title} to %{to}.',
        request_decided_rejected: '%{actor} rejected your request: %{title} to %{to}.',
        request_waiting: '%{actor} asks to change %{title} from %{from} to %{to}.',
        request_withdrawn: '%{actor} withdrew the request to change %{title} to %{to}.',
        request_stale: '%{title} was changed by %{actor} after the request to change it to %{to}: it can no longer be approved.',
        reminder_expiry: '%{title} expires on %{date}, in %{days} days.',
        reminder_review: 'The review of %{title} was due on %{date}.',
        reminder_milestone_overdue: 'Milestone "%{milestone}" of %{title} was due on %{date}.',
        reminder_dormant: 'Nothing has happened to %{title} since %{date}.',
        reminder_approval_overdue: 'The request to change %{title} to %{to} by %{actor} has waited %{days} days.',
        comment: 'Comment: %{comment}',
        someone: 'Someone',
      },
      preferences: {
        menu: 'Notification settings',
        title: 'Notification settings',
        intro: 'Every notification appears under the bell. Choose which ones you also get by email.',
        noEmail: 'Your account has no email address, so nothing is emailed; an administrator can add one.',
        emailTo: 'Emails go to %{email}.',
        save: 'Save',
        saved: 'Notification settings saved',
      },
    },
  },
};

export const ms: typeof en = {
  resources: {
    notifications: {
      name: 'Pemberitahuan |||| Pemberitahuan',
      fields: { createdAt: 'Bila', kind: 'Jenis', readAt: 'Dibaca', text: 'Pemberitahuan' },
    },
  },
  klch: {
    notifications: {
      bell: 'Pemberitahuan',
      bellUnread: 'Pemberitahuan: %{smart_count} belum dibaca |||| Pemberitahuan: %{smart_count} belum dibaca',
      title: 'Pemberitahuan',
      none: 'Tiada yang baharu. Keputusan permohonan anda dan peringatan dipaparkan di sini.',
      markAllRead: 'Tandakan semua dibaca',
      markRead: 'Tandakan sudah dibaca',
      seeAll: 'Lihat semua pemberitahuan',
      unreadOnly: 'Belum dibaca sahaja',
      unread: 'Belum dibaca',
      read: 'Sudah dibaca',
      markedAllRead: 'Semua pemberitahuan ditandakan sudah dibaca',
      kinds: {
        request_decided: 'Permohonan diputuskan',
        request_waiting: 'Permohonan menunggu keputusan',
        request_withdrawn: 'Permohonan ditarik balik',
        request_stale: 'Permohonan tidak terkini',
        reminder_expiry: 'Peringatan tamat tempoh',
        reminder_review: 'Peringatan semakan',
        reminder_milestone_overdue: 'Pencapaian lewat',
        reminder_dormant: 'Perkongsian tidak aktif',
        reminder_approval_overdue: 'Permohonan lama menunggu',
      },
      text: {
        request_decided_approved: '%{actor} meluluskan permohonan anda: %{title} kepada %{to}.',
        request_decided_rejected: '%{actor} menolak permohonan anda: %{title} kepada %{to}.',
        request_waiting: '%{actor} memohon untuk menukar %{title} daripada %{from} kepada %{to}.',
        request_withdrawn: '%{actor} menarik balik permohonan untuk menukar %{title} kepada %{to}.',
        request_stale: '%{title} telah diubah oleh %{actor} selepas permohonan untuk menukarnya kepada %{to}: ia tidak lagi boleh diluluskan.',
        reminder_expiry: '%{title} tamat tempoh pada %{date}, dalam %{days} hari.',
        reminder_review: 'Semakan %{title} sepatutnya dibuat pada %{date}.',
        reminder_milestone_overdue: 'Pencapaian "%{milestone}" bagi %{title} sepatutnya siap pada %{date}.',
        reminder_dormant: 'Tiada apa-apa berlaku pada %{title} sejak %{date}.',
        reminder_approval_overdue: 'Permohonan untuk menukar %{title} kepada %{to} oleh %{actor} telah menunggu selama %{days} hari.',
        comment: 'Ulasan: %{comment}',
        someone: 'Seseorang',
      },
      preferences: {
        menu: 'Tetapan pemberitahuan',
        title: 'Tetapan pemberitahuan',
        intro: 'Setiap pemberitahuan dipaparkan di bawah loceng. Pilih yang anda juga mahu terima melalui e-mel.',
        noEmail: 'Akaun anda tiada alamat e-mel, jadi tiada apa-apa dihantar melalui e-mel; pentadbir boleh menambahnya.',
        emailTo: 'E-mel dihantar kepada %{email}.',
        save: 'Simpan',
        saved: 'Tetapan pemberitahuan disimpan',
      },
    },
  },
};
