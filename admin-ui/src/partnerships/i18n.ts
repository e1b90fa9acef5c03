/**
 * Messages of the partnerships feature: the resource's labels (react-admin's shape) and the
 * partnership page's own notices. i18n/en.ts and ms.ts merge every feature's messages; `ms` is
 * typed by `en`, so a key missing in Bahasa Melayu fails the type check.
 */
export const en = {
  resources: {
    partnerships: {
      name: 'Partnership |||| Partnerships',
      fields: {
        id: 'ID',
        code: 'Reference code',
        title: 'Title',
        titleMs: 'Title in Bahasa Melayu',
        summary: 'Summary',
        category: 'Category',
        instrument: 'Instrument',
        status: 'Status',
        statusReason: 'Status reason',
        parties: 'Parties',
        'parties.organisationId': 'Organisation',
        'parties.role': 'Role',
        counterparts: 'Counterparts',
        themes: 'Themes',
        sdgTargets: 'SDG targets',
        alignment: 'Alignment',
        leadDepartment: 'Lead department',
        ownerId: 'Owning officer',
        ownerName: 'Owning officer',
        proposedOn: 'Proposed on',
        signedOn: 'Signed on',
        effectiveFrom: 'Effective from',
        expiresOn: 'Expires on',
        nextReviewOn: 'Next review on',
        isDemoData: 'Demo data',
        demoNote: 'Demo data note',
        archivedAt: 'Archived at',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
        country: 'Country',
        archived: 'Archived',
        includeArchived: 'Include archived',
      },
      tabs: {
        summary: 'Summary',
        parties: 'Parties',
        goals: 'SDGs and themes',
        dates: 'Dates',
        record: 'Record',
      },
      // Deleting a partnership archives it on the server; these keys make react-admin's stock
      // delete button, its confirmation and its notification say so.
      action: {
        delete: 'Archive',
      },
      message: {
        delete_title: 'Archive %{recordRepresentation}?',
        delete_content: 'The partnership leaves the working lists but keeps its history and audit trail. "Include archived" still finds it.',
      },
      notifications: {
        created: 'Partnership %{code} created',
        updated: 'Partnership %{code} saved',
        deleted: 'Partnership archived',
      },
      summary: {
        nextMilestone: 'Next milestone',
        milestoneDue: '%{title}, due %{date}',
        noMilestone: 'No milestone to do.',
      },
      filters: {
        mine: 'My partnerships',
      },
      helper: {
        status: 'Status changes go through an approval request.',
        themes: 'Pick a suggestion or type a new theme and press Enter.',
        sdgTargets: 'Search by code (17.16) or words of the target.',
        owner: 'An active officer or manager answers for it.',
        noOwner: 'Nobody yet',
        formerOwner: '%{name} (no longer active)',
      },
    },
  },
  klch: {
    archived: {
      banner: 'This partnership was archived on %{date}.',
    },
    empty: {
      parties: 'No parties recorded.',
      sdgTargets: 'No SDG targets recorded.',
      themes: 'No themes recorded.',
    },
  },
};

export const ms: typeof en = {
  resources: {
    partnerships: {
      name: 'Perkongsian',
      fields: {
        id: 'ID',
        code: 'Kod rujukan',
        title: 'Tajuk',
        titleMs: 'Tajuk dalam Bahasa Melayu',
        summary: 'Ringkasan',
        category: 'Kategori',
        instrument: 'Instrumen',
        status: 'Status',
        statusReason: 'Sebab status',
        parties: 'Pihak',
        'parties.organisationId': 'Organisasi',
        'parties.role': 'Peranan',
        counterparts: 'Rakan perjanjian',
        themes: 'Tema',
        sdgTargets: 'Sasaran SDG',
        alignment: 'Penjajaran',
        leadDepartment: 'Jabatan peneraju',
        ownerId: 'Pegawai pemilik',
        ownerName: 'Pegawai pemilik',
        proposedOn: 'Dicadangkan pada',
        signedOn: 'Ditandatangani pada',
        effectiveFrom: 'Berkuat kuasa dari',
        expiresOn: 'Tamat pada',
        nextReviewOn: 'Semakan seterusnya pada',
        isDemoData: 'Data demo',
        demoNote: 'Nota data demo',
        archivedAt: 'Diarkibkan pada',
        version: 'Versi',
        createdAt: 'Dicipta pada',
        updatedAt: 'Dikemas kini pada',
        q: 'Cari',
        country: 'Negara',
        archived: 'Diarkibkan',
        includeArchived: 'Termasuk yang diarkibkan',
      },
      tabs: {
        summary: 'Ringkasan',
        parties: 'Pihak',
        goals: 'SDG dan tema',
        dates: 'Tarikh',
        record: 'Rekod',
      },
      action: {
        delete: 'Arkibkan',
      },
      message: {
        delete_title: 'Arkibkan %{recordRepresentation}?',
        delete_content:
          'Perkongsian ini keluar daripada senarai kerja tetapi sejarah dan jejak auditnya disimpan. "Termasuk yang diarkibkan" masih menemuinya.',
      },
      notifications: {
        created: 'Perkongsian %{code} telah dicipta',
        updated: 'Perkongsian %{code} telah disimpan',
        deleted: 'Perkongsian diarkibkan',
      },
      summary: {
        nextMilestone: 'Pencapaian utama seterusnya',
        milestoneDue: '%{title}, perlu siap %{date}',
        noMilestone: 'Tiada pencapaian utama yang belum selesai.',
      },
      filters: {
        mine: 'Perkongsian saya',
      },
      helper: {
        status: 'Perubahan status dibuat melalui permohonan kelulusan.',
        themes: 'Pilih cadangan atau taip tema baharu dan tekan Enter.',
        sdgTargets: 'Cari mengikut kod (17.16) atau perkataan dalam sasaran.',
        owner: 'Seorang pegawai atau pengurus aktif yang bertanggungjawab.',
        noOwner: 'Belum ada sesiapa',
        formerOwner: '%{name} (tidak lagi aktif)',
      },
    },
  },
  klch: {
    archived: {
      banner: 'Perkongsian ini telah diarkibkan pada %{date}.',
    },
    empty: {
      parties: 'Tiada pihak direkodkan.',
      sdgTargets: 'Tiada sasaran SDG direkodkan.',
      themes: 'Tiada tema direkodkan.',
    },
  },
};
