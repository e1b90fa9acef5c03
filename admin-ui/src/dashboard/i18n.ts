/** Messages of the dashboard (klch.dashboard); `ms` is typed by `en`. */
export const en = {
  klch: {
    dashboard: {
      title: 'Dashboard',
      attentionTitle: 'Needs attention today, %{date}',
      countsTitle: 'The register in numbers',
      showAll: 'Show all %{count}',
      target: 'Target %{code}',
      attention: {
        expired_active: 'Expired but still active',
        expiring_30: 'Active, expiring within 30 days',
        expiring_90: 'Active, expiring within 90 days',
        expiring_180: 'Active, expiring within 180 days',
        review_due: 'Review date passed',
        milestones_overdue: 'Overdue milestones',
        dormant: 'Dormant: nothing done in 24 months',
        pending_approvals: 'Requests waiting for your decision',
        my_pending_requests: 'My requests waiting for a decision',
        my_partnerships: 'My partnerships (latest change first)',
      },
      counts: {
        byStatus: 'By status',
        byCategory: 'By category',
        byCountry: "By partner's country",
        bySdgTarget: 'By SDG target',
        none: 'No partnerships yet.',
      },
    },
  },
};

export const ms: typeof en = {
  klch: {
    dashboard: {
      title: 'Papan pemuka',
      attentionTitle: 'Perlu perhatian hari ini, %{date}',
      countsTitle: 'Daftar dalam angka',
      showAll: 'Tunjukkan kesemua %{count}',
      target: 'Sasaran %{code}',
      attention: {
        expired_active: 'Sudah tamat tempoh tetapi masih aktif',
        expiring_30: 'Aktif, tamat tempoh dalam 30 hari',
        expiring_90: 'Aktif, tamat tempoh dalam 90 hari',
        expiring_180: 'Aktif, tamat tempoh dalam 180 hari',
        review_due: 'Tarikh semakan telah berlalu',
        milestones_overdue: 'Pencapaian utama yang tertunggak',
        dormant: 'Tidak aktif: tiada tindakan dalam 24 bulan',
        pending_approvals: 'Permohonan menunggu keputusan anda',
        my_pending_requests: 'Permohonan saya yang menunggu keputusan',
        my_partnerships: 'Perkongsian saya (perubahan terkini dahulu)',
      },
      counts: {
        byStatus: 'Mengikut status',
        byCategory: 'Mengikut kategori',
        byCountry: 'Mengikut negara rakan kongsi',
        bySdgTarget: 'Mengikut sasaran SDG',
        none: 'Belum ada perkongsian.',
      },
    },
  },
};
