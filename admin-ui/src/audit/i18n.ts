import type { AuditAction, Resource } from '@klch/shared';

/**
 * Labels of the audit trail (Audit log, the partnership's Audit tab, the as-of view), in
 * react-admin's shape; i18n/en.ts and ms.ts merge them with every feature's. `ms` is typed by `en`.
 */
const actionsEn: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  archive: 'Archived',
  deactivate: 'Deactivated',
  login: 'Signed in',
  login_failed: 'Sign-in failed',
  logout: 'Signed out',
  logout_everywhere: 'Signed out everywhere',
  session_end: 'Session ended',
  password_change: 'Password changed',
  password_change_failed: 'Password change refused (wrong current password)',
  access_denied: 'Access refused',
  audit_read: 'Audit trail read',
  audit_export: 'Audit trail exported',
  status_request: 'Status change requested',
  withdraw: 'Request withdrawn',
  approve: 'Request approved',
  reject: 'Request rejected',
  status_change: 'Status changed',
  upload: 'Document uploaded',
  download: 'Document downloaded',
};

const actionsMs: Record<AuditAction, string> = {
  create: 'Dicipta',
  update: 'Dikemas kini',
  delete: 'Dipadam',
  archive: 'Diarkibkan',
  deactivate: 'Dinyahaktifkan',
  login: 'Log masuk',
  login_failed: 'Log masuk gagal',
  logout: 'Log keluar',
  logout_everywhere: 'Log keluar di semua tempat',
  session_end: 'Sesi ditamatkan',
  password_change: 'Kata laluan ditukar',
  password_change_failed: 'Penukaran kata laluan ditolak (kata laluan semasa salah)',
  access_denied: 'Akses ditolak',
  audit_read: 'Jejak audit dibaca',
  audit_export: 'Jejak audit dieksport',
  status_request: 'Perubahan status dipohon',
  withdraw: 'Permohonan ditarik balik',
  approve: 'Permohonan diluluskan',
  reject: 'Permohonan ditolak',
  status_change: 'Status diubah',
  upload: 'Dokumen dimuat naik',
  download: 'Dokumen dimuat turun',
};

/** What each event is about: every resource of the permission matrix (a new one fails the type check until it has a label). */
const entityTypesEn: Record<Resource, string> = {
  partnerships: 'Partnership',
  organisations: 'Organisation',
  'sdg-targets': 'SDG target',
  users: 'User',
  'audit-events': 'Audit trail',
  'status-requests': 'Status-change request',
  milestones: 'Milestone',
  documents: 'Document',
};

const entityTypesMs: Record<Resource, string> = {
  partnerships: 'Perkongsian',
  organisations: 'Organisasi',
  'sdg-targets': 'Sasaran SDG',
  users: 'Pengguna',
  'audit-events': 'Jejak audit',
  'status-requests': 'Permohonan perubahan status',
  milestones: 'Pencapaian',
  documents: 'Dokumen',
};

export const en = {
  resources: {
    'audit-events': {
      name: 'Audit event |||| Audit events',
      fields: {
        id: 'Seq.',
        at: 'Time',
        actor: 'Actor',
        actorId: 'Actor ID',
        actorName: 'Actor',
        actorRole: 'Actor role',
        action: 'Action',
        entity: 'Record',
        entityType: 'Record type',
        entityId: 'Record ID',
        changes: 'Changes',
        reason: 'Reason',
        requestId: 'Request ID',
        prevHash: 'Previous hash',
        hash: 'Hash',
        at_gte: 'From date',
        at_lte: 'Until date',
      },
      // The server's action codes (shared AUDIT_ACTIONS): each one labelled, or the type check fails.
      actions: actionsEn,
      entityTypes: entityTypesEn,
      log: {
        title: 'Audit log',
      },
      changes: {
        field: 'Field',
        before: 'Before',
        after: 'After',
        none: 'No field changes',
        empty: '(empty)',
        more: '+%{smart_count} more',
        details: 'Event details',
      },
      verify: {
        button: 'Verify chain',
        title: 'Verify the audit chain',
        running: 'Walking the whole chain…',
        intact: 'Chain intact: %{count} events, head %{hash}',
        intactHead: 'The exported head (event %{seq}) is still in the trail: no newest events were deleted up to it.',
        broken: 'Chain broken at event %{seq}',
        checkedAt: 'Checked at %{date}.',
        explain:
          'Each event stores the hash of the one before it, so a changed, deleted or reordered event breaks the chain. Deleting the newest events is detected only against a head exported earlier.',
        againstHead: 'Verify against an exported head…',
        badHeadFile: 'This file is not a chain head exported from this system.',
      },
      head: {
        button: 'Export head',
        hint: 'Download the signed chain head. Keep it outside this system: verifying against it later detects deleted newest events.',
        saved: 'Chain head (event %{seq}) saved as %{file}. Keep it outside this system: verifying against it later detects deleted newest events.',
      },
      export: {
        csv: 'Export CSV',
        jsonl: 'Export JSON Lines',
        hint: 'Downloads the events that match the current filters, oldest first. The export is itself recorded.',
      },
      timeline: {
        tab: 'Audit',
        title: 'Who changed what, when and why',
        empty: 'The audit trail holds no events for this partnership.',
        loadMore: 'Load the next events',
        shown: 'Showing %{shown} of %{total} events.',
        openLog: 'Open in the Audit log',
        by: '%{name} (%{role})',
        system: 'System',
      },
      asOf: {
        label: 'As of',
        show: 'Show as of',
        clear: 'Close',
        title: 'As of %{date}',
        note: 'Rebuilt from the audit trail: the record as it stood at that moment, not as it is today.',
        pick: 'Pick a date and time.',
      },
    },
  },
};

export const ms: typeof en = {
  resources: {
    'audit-events': {
      name: 'Peristiwa audit',
      fields: {
        id: 'No. urutan',
        at: 'Masa',
        actor: 'Pelaku',
        actorId: 'ID pelaku',
        actorName: 'Pelaku',
        actorRole: 'Peranan pelaku',
        action: 'Tindakan',
        entity: 'Rekod',
        entityType: 'Jenis rekod',
        entityId: 'ID rekod',
        changes: 'Perubahan',
        reason: 'Sebab',
        requestId: 'ID permintaan',
        prevHash: 'Cincangan sebelumnya',
        hash: 'Cincangan',
        at_gte: 'Dari tarikh',
        at_lte: 'Hingga tarikh',
      },
      actions: actionsMs,
      entityTypes: entityTypesMs,
      log: {
        title: 'Log audit',
      },
      changes: {
        field: 'Medan',
        before: 'Sebelum',
        after: 'Selepas',
        none: 'Tiada perubahan medan',
        empty: '(kosong)',
        more: '+%{smart_count} lagi',
        details: 'Butiran peristiwa',
      },
      verify: {
        button: 'Sahkan rantaian',
        title: 'Sahkan rantaian audit',
        running: 'Menyemak seluruh rantaian…',
        intact: 'Rantaian utuh: %{count} peristiwa, kepala %{hash}',
        intactHead: 'Kepala yang dieksport (peristiwa %{seq}) masih ada dalam jejak: tiada peristiwa terbaharu dipadam sehingga itu.',
        broken: 'Rantaian terputus pada peristiwa %{seq}',
        checkedAt: 'Disemak pada %{date}.',
        explain:
          'Setiap peristiwa menyimpan cincangan peristiwa sebelumnya, jadi peristiwa yang diubah, dipadam atau disusun semula memutuskan rantaian. Pemadaman peristiwa terbaharu hanya dapat dikesan berbanding kepala yang dieksport lebih awal.',
        againstHead: 'Sahkan berbanding kepala yang dieksport…',
        badHeadFile: 'Fail ini bukan kepala rantaian yang dieksport daripada sistem ini.',
      },
      head: {
        button: 'Eksport kepala',
        hint: 'Muat turun kepala rantaian yang ditandatangani. Simpan di luar sistem ini: pengesahan berbandingnya kelak mengesan peristiwa terbaharu yang dipadam.',
        saved:
          'Kepala rantaian (peristiwa %{seq}) disimpan sebagai %{file}. Simpan di luar sistem ini: pengesahan berbandingnya kelak mengesan peristiwa terbaharu yang dipadam.',
      },
      export: {
        csv: 'Eksport CSV',
        jsonl: 'Eksport JSON Lines',
        hint: 'Memuat turun peristiwa yang sepadan dengan penapis semasa, yang terawal dahulu. Eksport ini turut direkodkan.',
      },
      timeline: {
        tab: 'Audit',
        title: 'Siapa mengubah apa, bila dan mengapa',
        empty: 'Jejak audit tidak mempunyai peristiwa untuk perkongsian ini.',
        loadMore: 'Muatkan peristiwa seterusnya',
        shown: 'Memaparkan %{shown} daripada %{total} peristiwa.',
        openLog: 'Buka dalam Log audit',
        by: '%{name} (%{role})',
        system: 'Sistem',
      },
      asOf: {
        label: 'Pada',
        show: 'Papar pada tarikh itu',
        clear: 'Tutup',
        title: 'Pada %{date}',
        note: 'Dibina semula daripada jejak audit: rekod sebagaimana pada saat itu, bukan seperti hari ini.',
        pick: 'Pilih tarikh dan masa.',
      },
    },
  },
};
