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
        archived: 'Show archived',
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
        delete_content: 'The partnership leaves the working lists but keeps its history and audit trail. "Show archived" still finds it.',
      },
      notifications: {
        deleted: 'Partnership archived',
      },
      filters: {
        mine: 'My partnerships',
      },
      helper: {
        status: 'Status changes go through an approval request.',
        themes: 'Pick a suggestion or type a new theme and press Enter.',
        sdgTargets: 'Search by code (17.16) or words of the target.',
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
        archived: 'Tunjukkan yang diarkibkan',
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
          'Perkongsian ini keluar daripada senarai kerja tetapi sejarah dan jejak auditnya disimpan. "Tunjukkan yang diarkibkan" masih menemuinya.',
      },
      notifications: {
        deleted: 'Perkongsian diarkibkan',
      },
      filters: {
        mine: 'Perkongsian saya',
      },
      helper: {
        status: 'Perubahan status dibuat melalui permohonan kelulusan.',
        themes: 'Pilih cadangan atau taip tema baharu dan tekan Enter.',
        sdgTargets: 'Cari mengikut kod (17.16) atau perkataan dalam sasaran.',
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
