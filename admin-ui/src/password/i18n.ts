/** Messages of the user's own password page (klch.password); `ms` is typed by `en`. */
export const en = {
  klch: {
    password: {
      pageTitle: 'Password and sessions',
      title: 'Change password',
      intro:
        'Use %{min} to %{max} characters: not one character repeated, not a common password, and not your username. ' +
        'Changing your password signs you out everywhere else; this browser stays signed in. ' +
        'After 5 wrong current passwords the account is locked for a while.',
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
        'Gunakan %{min} hingga %{max} aksara: bukan satu aksara yang diulang, bukan kata laluan biasa, dan bukan nama pengguna anda. ' +
        'Menukar kata laluan akan melog keluar semua sesi anda yang lain; pelayar ini kekal log masuk. ' +
        'Selepas 5 kali kata laluan semasa salah, akaun dikunci buat seketika.',
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
