/** Messages of the user's own sessions (klch.sessions); `ms` is typed by `en`. */
export const en = {
  klch: {
    sessions: {
      title: 'Sessions',
      intro: 'Every browser and script signed in as you. End any you do not recognise; ending this one signs you out here.',
      current: 'This session',
      none: 'No open sessions.',
      columns: {
        device: 'Device',
        ip: 'IP address',
        signedInAt: 'Signed in',
        lastSeenAt: 'Last seen',
      },
      action: {
        end: 'End',
        everywhere: 'Sign out everywhere',
      },
      confirm: {
        title: 'Sign out everywhere?',
        content: 'Every session of yours ends, this one included. You will need to sign in again on each device.',
      },
      notification: {
        ended: 'Session ended: %{device}',
      },
    },
  },
};

export const ms: typeof en = {
  klch: {
    sessions: {
      title: 'Sesi',
      intro:
        'Setiap pelayar dan skrip yang log masuk sebagai anda. Tamatkan mana-mana yang anda tidak kenali; menamatkan sesi ini akan melog keluar anda di sini.',
      current: 'Sesi ini',
      none: 'Tiada sesi terbuka.',
      columns: {
        device: 'Peranti',
        ip: 'Alamat IP',
        signedInAt: 'Log masuk',
        lastSeenAt: 'Kali terakhir dilihat',
      },
      action: {
        end: 'Tamatkan',
        everywhere: 'Log keluar di semua tempat',
      },
      confirm: {
        title: 'Log keluar di semua tempat?',
        content: 'Semua sesi anda akan tamat, termasuk sesi ini. Anda perlu log masuk semula pada setiap peranti.',
      },
      notification: {
        ended: 'Sesi ditamatkan: %{device}',
      },
    },
  },
};
