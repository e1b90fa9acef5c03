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
        latitude: 'Latitude',
        longitude: 'Longitude',
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
        latitude: 'Of its city, in degrees: 3.139 for Kuala Lumpur. For the partners map.',
        longitude: 'Of its city, in degrees: 101.6869 for Kuala Lumpur. Both or neither.',
      },
      notifications: {
        created: 'Organisation %{name} created',
        updated: 'Organisation %{name} saved',
      },
      partnerships: {
        title: 'Partnerships',
        none: 'Not a party to any partnership yet.',
      },
      create: {
        title: 'New organisation',
        action: 'Create "%{item}" as a new organisation',
        hint: 'Not in the list? Type its name to create it',
      },
      validation: {
        range: 'Must be between -%{limit} and %{limit} degrees',
        latitudeNeeded: 'Give the latitude too, or clear the longitude',
        longitudeNeeded: 'Give the longitude too, or clear the latitude',
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
        latitude: 'Latitud',
        longitude: 'Longitud',
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
        latitude: 'Bagi bandarnya, dalam darjah: 3.139 untuk Kuala Lumpur. Untuk peta rakan kongsi.',
        longitude: 'Bagi bandarnya, dalam darjah: 101.6869 untuk Kuala Lumpur. Kedua-duanya atau tiada.',
      },
      notifications: {
        created: 'Organisasi %{name} telah dicipta',
        updated: 'Organisasi %{name} telah disimpan',
      },
      partnerships: {
        title: 'Perkongsian',
        none: 'Belum menjadi pihak dalam mana-mana perkongsian.',
      },
      create: {
        title: 'Organisasi baharu',
        action: 'Cipta "%{item}" sebagai organisasi baharu',
        hint: 'Tiada dalam senarai? Taip namanya untuk menciptanya',
      },
      validation: {
        range: 'Mesti antara -%{limit} dan %{limit} darjah',
        latitudeNeeded: 'Beri latitud juga, atau kosongkan longitud',
        longitudeNeeded: 'Beri longitud juga, atau kosongkan latitud',
      },
    },
  },
};
