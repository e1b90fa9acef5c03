import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import * as approvalsMessages from '../approvals/i18n';
import * as auditMessages from '../audit/i18n';
import * as documentsMessages from '../documents/i18n';
import * as milestonesMessages from '../milestones/i18n';
import * as statusChangeMessages from '../status-change/i18n';
import type { enOwn } from './en';

/**
 * Bahasa Melayu for our own labels. react-admin's built-in strings (buttons, pagination, login
 * form) stay English: no Malay package for react-admin is installed. Typed as the English
 * messages, so a key missing here fails the type check; i18n.test.ts checks it at run time too.
 * Malay has no plural forms in polyglot, so resource names are written once.
 */
export const msOwn: typeof enOwn = {
  resources: {
    partnerships: {
      name: 'Perkongsian',
      fields: {
        id: 'ID',
        code: 'Kod rujukan',
        title: 'Tajuk',
        titleMs: 'Tajuk dalam Bahasa Melayu',
        summary: 'Ringkasan',
        category: 'Kategori',
        instrument: 'Instrumen',
        status: 'Status',
        statusReason: 'Sebab status',
        parties: 'Pihak',
        'parties.organisationId': 'Organisasi',
        'parties.role': 'Peranan',
        counterparts: 'Rakan perjanjian',
        themes: 'Tema',
        sdgTargets: 'Sasaran SDG',
        alignment: 'Penjajaran',
        leadDepartment: 'Jabatan peneraju',
        ownerId: 'Pegawai pemilik',
        ownerName: 'Pegawai pemilik',
        proposedOn: 'Dicadangkan pada',
        signedOn: 'Ditandatangani pada',
        effectiveFrom: 'Berkuat kuasa dari',
        expiresOn: 'Tamat pada',
        nextReviewOn: 'Semakan seterusnya pada',
        isDemoData: 'Data demo',
        demoNote: 'Nota data demo',
        archivedAt: 'Diarkibkan pada',
        version: 'Versi',
        createdAt: 'Dicipta pada',
        updatedAt: 'Dikemas kini pada',
        q: 'Cari',
        country: 'Negara',
        archived: 'Tunjukkan yang diarkibkan',
      },
      tabs: {
        summary: 'Ringkasan',
        parties: 'Pihak',
        goals: 'SDG dan tema',
        dates: 'Tarikh',
        record: 'Rekod',
      },
      action: {
        delete: 'Arkibkan',
      },
      message: {
        delete_title: 'Arkibkan %{recordRepresentation}?',
        delete_content:
          'Perkongsian ini keluar daripada senarai kerja tetapi sejarah dan jejak auditnya disimpan. "Tunjukkan yang diarkibkan" masih menemuinya.',
      },
      notifications: {
        deleted: 'Perkongsian diarkibkan',
      },
      helper: {
        status: 'Perubahan status dibuat melalui permohonan kelulusan.',
        themes: 'Pilih cadangan atau taip tema baharu dan tekan Enter.',
        sdgTargets: 'Cari mengikut kod (17.16) atau perkataan dalam sasaran.',
      },
    },
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
      },
    },
    'sdg-targets': {
      name: 'Sasaran SDG',
      fields: {
        code: 'Kod',
        goal: 'Matlamat',
        title: 'Sasaran',
      },
    },
    // Feature folders keep their own messages (milestones/i18n.ts, documents/i18n.ts).
    ...milestonesMessages.ms,
    ...documentsMessages.ms,
    ...approvalsMessages.ms,
    ...auditMessages.ms,
  },
  vocabulary: {
    status: {
      draft: 'Draf',
      proposed: 'Dicadangkan',
      nominated: 'Dicalonkan',
      under_negotiation: 'Dalam rundingan',
      active: 'Aktif',
      halted: 'Tergendala',
      expired: 'Tamat tempoh',
      terminated: 'Ditamatkan',
      completed: 'Selesai',
      cancelled: 'Dibatalkan',
    },
    category: {
      regional_cooperation: 'Kerjasama serantau',
      international_city: 'Perkongsian bandar antarabangsa',
      international_organisation: 'Organisasi antarabangsa',
      network_membership: 'Keahlian rangkaian',
      kluo_data_sharing: 'Perkongsian data Balai Cerap Bandar Kuala Lumpur (KLUO)',
      local_partner: 'Rakan kongsi tempatan',
    },
    instrument: {
      mou: 'Memorandum Persefahaman (MoU)',
      moa: 'Memorandum Perjanjian (MoA)',
      letter_of_intent: 'Surat hasrat',
      sister_city: 'Perjanjian bandar kembar',
      friendship_city: 'Bandar persahabatan',
      programme_agreement: 'Perjanjian program',
      pact_or_declaration: 'Pakatan atau deklarasi',
      network_membership: 'Keahlian rangkaian',
    },
    partyRole: {
      counterpart: 'Rakan perjanjian',
      co_signatory: 'Penandatangan bersama',
      nominator: 'Pencalon',
      funder: 'Pembiaya',
      implementer: 'Pelaksana',
      host: 'Tuan rumah',
    },
    alignment: {
      kl2040: 'Pelan Struktur Kuala Lumpur 2040 (KL2040)',
      nua: 'Agenda Perbandaran Baharu',
      agenda2030: 'Agenda 2030 untuk Pembangunan Mampan',
    },
    theme: {
      energy: 'Tenaga',
      smart_city: 'Bandar pintar',
      decarbonisation: 'Penyahkarbonan',
      food_policy: 'Dasar makanan',
      capacity_building: 'Pembinaan kapasiti',
      urban_planning: 'Perancangan bandar',
      data_sharing: 'Perkongsian data',
      culture: 'Kebudayaan',
      tourism: 'Pelancongan',
      trade_investment: 'Perdagangan dan pelaburan',
    },
    organisationType: {
      city_government: 'Kerajaan bandar',
      national_agency: 'Agensi kerajaan kebangsaan',
      international_organisation: 'Organisasi antarabangsa',
      city_network: 'Rangkaian bandar',
      foundation_ngo: 'Yayasan / NGO',
      academic: 'Akademik',
      private_sector: 'Sektor swasta',
      local_stakeholder: 'Pihak berkepentingan tempatan',
    },
    role: {
      officer: 'Pegawai',
      manager: 'Pengurus',
      auditor: 'Juruaudit',
      admin: 'Pentadbir',
    },
    language: {
      en: 'English',
      ms: 'Bahasa Melayu',
    },
  },
  klch: {
    action: {
      reload: 'Muat semula',
      dismiss: 'Tutup',
    },
    demo: {
      title: 'Data demo',
      generic: 'Rekod ini ialah data demo: ia menggambarkan sistem dan bukan fakta.',
    },
    archived: {
      banner: 'Perkongsian ini telah diarkibkan pada %{date}.',
    },
    empty: {
      parties: 'Tiada pihak direkodkan.',
      sdgTargets: 'Tiada sasaran SDG direkodkan.',
      themes: 'Tiada tema direkodkan.',
    },
    password: {
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
    // The partnership page's status workflow (status-change/i18n.ts).
    ...statusChangeMessages.ms,
  },
};

export const ms: TranslationMessages = { ...englishMessages, ...msOwn };
