/** Messages of the organisations feature (react-admin's shape); `ms` is typed by `en`. */
export const en = {
  resources: {
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: {
        id: 'ID',
        name: 'Name',
        aliases: 'Other names',
        type: 'Type',
        country: 'Country',
        city: 'City',
        parentId: 'Parent organisation',
        website: 'Website',
        notes: 'Notes',
        isDemoData: 'Demo data',
        version: 'Version',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
      helper: {
        aliases: 'Short names and other spellings, e.g. TMG. Press Enter after each.',
      },
    },
  },
};

export const ms: typeof en = {
  resources: {
    organisations: {
      name: 'Organisasi',
      fields: {
        id: 'ID',
        name: 'Nama',
        aliases: 'Nama lain',
        type: 'Jenis',
        country: 'Negara',
        city: 'Bandar',
        parentId: 'Organisasi induk',
        website: 'Laman web',
        notes: 'Catatan',
        isDemoData: 'Data demo',
        version: 'Versi',
        createdAt: 'Dicipta pada',
        updatedAt: 'Dikemas kini pada',
        q: 'Cari',
      },
      helper: {
        aliases: 'Singkatan dan ejaan lain, cth. TMG. Tekan Enter selepas setiap satu.',
      },
    },
  },
};
