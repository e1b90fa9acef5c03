/** Messages of the user's own password page (klch.password); `ms` is typed by `en`. */
export const en = {
  klch: {
    password: {
      pageTitle: 'Password and sessions',
      title: 'Change password',
      intro: 'Use at least %{min} characters. Changing your password signs you out everywhere else; this browser stays signed in.',
      fields: {
        currentPassword: 'Current password',
        newPassword: 'New password',
        repeatPassword: 'Repeat new password',
      },
      validation: {
        tooShort: 'Use at least %{min} characters.',
        tooLong: 'Use at most %{max} characters.',
        mismatch: 'The two new passwords differ.',
      },
      notification: {
        changed: 'Password changed. Your other sessions have been signed out.',
      },
    },
  },
};

export const ms: typeof en = {
  klch: {
    password: {
      pageTitle: 'Kata laluan dan sesi',
      title: 'Tukar kata laluan',
      intro:
        'Gunakan sekurang-kurangnya %{min} aksara. Menukar kata laluan akan melog keluar semua sesi anda yang lain; pelayar ini kekal log masuk.',
      fields: {
        currentPassword: 'Kata laluan semasa',
        newPassword: 'Kata laluan baharu',
        repeatPassword: 'Ulang kata laluan baharu',
      },
      validation: {
        tooShort: 'Gunakan sekurang-kurangnya %{min} aksara.',
        tooLong: 'Gunakan tidak lebih daripada %{max} aksara.',
        mismatch: 'Kedua-dua kata laluan baharu tidak sama.',
      },
      notification: {
        changed: 'Kata laluan telah ditukar. Sesi anda yang lain telah dilog keluar.',
      },
    },
  },
};
