/** Messages of the users feature (react-admin's shape); `ms` is typed by `en`. */
export const en = {
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'ID',
        username: 'Username',
        fullName: 'Full name',
        email: 'Email',
        role: 'Role',
        active: 'Active',
        language: 'Language',
        password: 'Password',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
      helper: {
        password: 'Leave empty to keep the current password.',
        username: 'A username never changes: the audit trail knows the account by it.',
        ownRole: 'Your own role is not yours to change: another administrator changes it (separation of duties).',
      },
    },
  },
};

export const ms: typeof en = {
  resources: {
    users: {
      name: 'Pengguna',
      fields: {
        id: 'ID',
        username: 'Nama pengguna',
        fullName: 'Nama penuh',
        email: 'E-mel',
        role: 'Peranan',
        active: 'Aktif',
        language: 'Bahasa',
        password: 'Kata laluan',
        createdAt: 'Dicipta pada',
        updatedAt: 'Dikemas kini pada',
        q: 'Cari',
      },
      helper: {
        password: 'Biarkan kosong untuk mengekalkan kata laluan semasa.',
        username: 'Nama pengguna tidak pernah berubah: jejak audit mengenali akaun melaluinya.',
        ownRole: 'Anda tidak boleh menukar peranan anda sendiri: pentadbir lain yang menukarnya (pengasingan tugas).',
      },
    },
  },
};
