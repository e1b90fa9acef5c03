import type { MilestoneKind, MilestoneStatus } from '@klch/shared';

/**
 * Messages of the milestones feature, as `resources` (react-admin's shape:
 * resources.milestones.fields.* labels the columns and inputs by themselves). i18n/en.ts and ms.ts
 * merge them with every feature's, so this feature's keys stay in this folder.
 */
const kindEn: Record<MilestoneKind, string> = {
  signing: 'Signing',
  visit: 'Visit',
  workshop: 'Workshop',
  study: 'Study',
  pilot: 'Pilot',
  training: 'Training',
  event: 'Event',
  report: 'Report',
  review: 'Review',
};

const statusEn: Record<MilestoneStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const en = {
  resources: {
    milestones: {
      name: 'Milestone |||| Milestones',
      fields: {
        id: 'ID',
        partnershipId: 'Partnership',
        title: 'Title',
        kind: 'Kind',
        dueOn: 'Due on',
        completedOn: 'Completed on',
        status: 'Status',
        overdue: 'Overdue',
        ownerId: 'Owner',
        ownerName: 'Owner',
        notes: 'Notes',
        completedByName: 'Completed by',
        completedAt: 'Completed at',
        version: 'Version',
      },
      kind: kindEn,
      status: statusEn,
      tab: 'Milestones',
      overdue: 'Overdue',
      none: 'No milestones yet.',
      action: {
        add: 'Add milestone',
        markDone: 'Mark done',
        delete: 'Delete',
        edit: 'Edit',
        editNamed: 'Edit %{title}',
        cancel: 'Cancel milestone',
        cancelNamed: 'Cancel the milestone %{title}',
        confirmCancel: 'Cancel milestone',
        keep: 'Keep it',
      },
      edit: {
        title: 'Edit milestone: %{title}',
      },
      message: {
        cancel_title: 'Cancel the milestone "%{title}"?',
        cancel_content:
          'It stays on the partnership, marked Cancelled, and no longer counts as due or overdue. You can set another status later by editing it.',
        delete_title: 'Delete the milestone "%{recordRepresentation}"?',
        delete_content: 'It is erased; the audit trail keeps its last state. To call a milestone off and keep it, set its status to Cancelled.',
      },
      notifications: {
        created: 'Milestone added',
        done: 'Milestone marked done',
        saved: 'Milestone "%{title}" saved',
        cancelled: 'Milestone "%{title}" cancelled',
      },
    },
  },
};

export const ms: typeof en = {
  resources: {
    milestones: {
      name: 'Pencapaian utama',
      fields: {
        id: 'ID',
        partnershipId: 'Perkongsian',
        title: 'Tajuk',
        kind: 'Jenis',
        dueOn: 'Tarikh akhir',
        completedOn: 'Diselesaikan pada',
        status: 'Status',
        overdue: 'Lewat tarikh',
        ownerId: 'Pegawai bertanggungjawab',
        ownerName: 'Pegawai bertanggungjawab',
        notes: 'Catatan',
        completedByName: 'Diselesaikan oleh',
        completedAt: 'Masa diselesaikan',
        version: 'Versi',
      },
      kind: {
        signing: 'Majlis menandatangani',
        visit: 'Lawatan',
        workshop: 'Bengkel',
        study: 'Kajian',
        pilot: 'Projek rintis',
        training: 'Latihan',
        event: 'Acara',
        report: 'Laporan',
        review: 'Semakan',
      },
      status: {
        planned: 'Dirancang',
        in_progress: 'Sedang dijalankan',
        done: 'Selesai',
        cancelled: 'Dibatalkan',
      },
      tab: 'Pencapaian utama',
      overdue: 'Lewat tarikh',
      none: 'Belum ada pencapaian utama.',
      action: {
        add: 'Tambah pencapaian utama',
        markDone: 'Tandakan selesai',
        delete: 'Padam',
        edit: 'Sunting',
        editNamed: 'Sunting %{title}',
        cancel: 'Batalkan pencapaian',
        cancelNamed: 'Batalkan pencapaian utama %{title}',
        confirmCancel: 'Batalkan pencapaian',
        keep: 'Kekalkan',
      },
      edit: {
        title: 'Sunting pencapaian utama: %{title}',
      },
      message: {
        cancel_title: 'Batalkan pencapaian utama "%{title}"?',
        cancel_content:
          'Ia kekal dalam perkongsian, bertanda Dibatalkan, dan tidak lagi dikira sebagai perlu disiapkan atau lewat tarikh. Anda boleh menetapkan status lain kemudian dengan menyuntingnya.',
        delete_title: 'Padam pencapaian utama "%{recordRepresentation}"?',
        delete_content:
          'Ia akan dihapuskan; jejak audit menyimpan keadaan terakhirnya. Untuk membatalkan pencapaian utama dan menyimpannya, tetapkan statusnya kepada Dibatalkan.',
      },
      notifications: {
        created: 'Pencapaian utama ditambah',
        done: 'Pencapaian utama ditandakan selesai',
        saved: 'Pencapaian utama "%{title}" disimpan',
        cancelled: 'Pencapaian utama "%{title}" dibatalkan',
      },
    },
  },
};
