/** Messages of the partners' map; `ms` is typed by `en`. Status and role labels are the shared vocabulary's. */
export const en = {
  klch: {
    map: {
      title: 'Partners map',
      mapLabel: 'World map of the partners, coloured by the status of their partnerships',
      legendTitle: 'Status',
      legendNote: 'A partner with several partnerships takes the colour of the first of their statuses in this order.',
      partners: '%{smart_count} partner |||| %{smart_count} partners',
      partnerships: '%{smart_count} partnership |||| %{smart_count} partnerships',
      hint: 'Choose a partner on the map to see its partnerships.',
      close: 'Close',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      resetZoom: 'Show the whole world',
      unplacedTitle: 'Not on the map: no coordinates',
      unplacedHelp: "To place one on the map, add its city's latitude and longitude on its organisation page.",
      empty: 'No organisation is a party to an open partnership yet.',
      truncated: 'The map shows the first %{shown} of the %{total} open partnerships.',
    },
  },
};

export const ms: typeof en = {
  klch: {
    map: {
      title: 'Peta rakan kongsi',
      mapLabel: 'Peta dunia rakan kongsi, diwarnakan mengikut status perkongsian mereka',
      legendTitle: 'Status',
      legendNote: 'Rakan kongsi yang mempunyai beberapa perkongsian diberi warna status mereka yang paling awal dalam susunan ini.',
      partners: '%{smart_count} rakan kongsi',
      partnerships: '%{smart_count} perkongsian',
      hint: 'Pilih rakan kongsi pada peta untuk melihat perkongsiannya.',
      close: 'Tutup',
      zoomIn: 'Zum masuk',
      zoomOut: 'Zum keluar',
      resetZoom: 'Tunjukkan seluruh dunia',
      unplacedTitle: 'Tiada pada peta: tiada koordinat',
      unplacedHelp: 'Untuk meletakkannya pada peta, tambah latitud dan longitud bandarnya pada halaman organisasinya.',
      empty: 'Belum ada organisasi yang menjadi pihak kepada perkongsian terbuka.',
      truncated: 'Peta menunjukkan %{shown} yang pertama daripada %{total} perkongsian terbuka.',
    },
  },
};
