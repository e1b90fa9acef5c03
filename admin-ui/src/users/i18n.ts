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
        lastLoginAt: 'Last sign-in',
        lockedUntil: 'Locked out',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        q: 'Search',
      },
      helper: {
        password: 'Leave empty to keep the current password.',
        username: 'A username never changes: the audit trail knows the account by it.',
        ownRole: 'Your own role is not yours to change: another administrator changes it (separation of duties).',
      },
      // react-admin's delete keys, worded for users: DELETE deactivates an account, never erases it.
      action: {
        delete: 'Deactivate',
        reactivate: 'Reactivate',
      },
      message: {
        delete_title: 'Deactivate the account of %{recordRepresentation}?',
        delete_content: 'They can no longer sign in, and their sessions end at once. The account and its history stay; you can reactivate it later.',
      },
      notifications: {
        deleted: 'Account deactivated',
        deactivated: 'Account of %{name} deactivated',
        reactivated: 'Account of %{name} reactivated: they can sign in again',
      },
      locked: {
        until: 'Until %{date}',
        no: 'No',
      },
      state: {
        inactive: 'Deactivated',
      },
      never: 'Never',
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
        lastLoginAt: 'Log masuk terakhir',
        lockedUntil: 'Dikunci',
        createdAt: 'Dicipta pada',
        updatedAt: 'Dikemas kini pada',
        q: 'Cari',
      },
      helper: {
        password: 'Biarkan kosong untuk mengekalkan kata laluan semasa.',
        username: 'Nama pengguna tidak pernah berubah: jejak audit mengenali akaun melaluinya.',
        ownRole: 'Anda tidak boleh menukar peranan anda sendiri: pentadbir lain yang menukarnya (pengasingan tugas).',
      },
      action: {
        delete: 'Nyahaktifkan',
        reactivate: 'Aktifkan semula',
      },
      message: {
        delete_title: 'Nyahaktifkan akaun %{recordRepresentation}?',
        delete_content:
          'Pengguna ini tidak lagi boleh log masuk, dan sesinya tamat serta-merta. Akaun dan sejarahnya kekal; anda boleh mengaktifkannya semula kemudian.',
      },
      notifications: {
        deleted: 'Akaun dinyahaktifkan',
        deactivated: 'Akaun %{name} dinyahaktifkan',
        reactivated: 'Akaun %{name} diaktifkan semula: pengguna boleh log masuk semula',
      },
      locked: {
        until: 'Sehingga %{date}',
        no: 'Tidak',
      },
      state: {
        inactive: 'Dinyahaktifkan',
      },
      never: 'Tidak pernah',
    },
  },
};
