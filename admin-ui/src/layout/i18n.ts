/** Messages of the app's frame (klch.layout): the login page, the language switch, not-found and access-denied pages. */
export const en = {
  klch: {
    layout: {
      productName: 'KL Partnerships',
      organisation: 'Kuala Lumpur City Hall (DBKL)',
      login: {
        intro: 'Sign in with your DBKL account.',
      },
      language: {
        label: 'Language',
        saveFailed: 'The language could not be saved to your profile; it applies in this browser only.',
      },
      backToDashboard: 'Back to the dashboard',
      notFound: {
        title: 'Page not found',
      },
    },
  },
};

export const ms: typeof en = {
  klch: {
    layout: {
      productName: 'Perkongsian KL',
      organisation: 'Dewan Bandaraya Kuala Lumpur (DBKL)',
      login: {
        intro: 'Log masuk dengan akaun DBKL anda.',
      },
      language: {
        label: 'Bahasa',
        saveFailed: 'Bahasa tidak dapat disimpan pada profil anda; ia digunakan dalam pelayar ini sahaja.',
      },
      backToDashboard: 'Kembali ke papan pemuka',
      notFound: {
        title: 'Halaman tidak dijumpai',
      },
    },
  },
};
