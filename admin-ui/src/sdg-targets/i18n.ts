/** Labels of the SDG targets' reference data (react-admin's shape); `ms` is typed by `en`. */
export const en = {
  resources: {
    'sdg-targets': {
      name: 'SDG target |||| SDG targets',
      fields: {
        code: 'Code',
        goal: 'Goal',
        title: 'Target',
      },
      // Shown after an untranslated (English) title; the English interface needs none.
      englishOnly: '(English)',
    },
  },
};

export const ms: typeof en = {
  resources: {
    'sdg-targets': {
      name: 'Sasaran SDG',
      fields: {
        code: 'Kod',
        goal: 'Matlamat',
        title: 'Sasaran',
      },
      englishOnly: '(Bahasa Inggeris)',
    },
  },
};
