import type { DocumentCategory } from '@klch/shared';

/**
 * Messages of the documents feature, as `resources` (react-admin's shape); i18n/en.ts and
 * ms.ts merge it with every feature's.
 */
const categoryEn: Record<DocumentCategory, string> = {
  signed_agreement: 'Signed agreement',
  concept_note: 'Concept note',
  letter: 'Letter',
  report: 'Report',
  minutes: 'Minutes',
  other: 'Other',
};

export const en = {
  resources: {
    documents: {
      name: 'Document |||| Documents',
      fields: {
        id: 'ID',
        partnershipId: 'Partnership',
        category: 'Category',
        fileName: 'File',
        contentType: 'Type',
        size: 'Size',
        sha256: 'SHA-256',
        uploadedById: 'Uploaded by',
        uploadedByName: 'Uploaded by',
        uploadedAt: 'Uploaded at',
        file: 'File',
      },
      category: categoryEn,
      tab: 'Documents',
      none: 'No documents yet.',
      action: {
        download: 'Download',
        downloadNamed: 'Download %{name}',
        chooseFile: 'Choose file',
        upload: 'Upload',
        delete: 'Delete',
        deleteNamed: 'Delete %{name}',
      },
      // react-admin's delete confirmation, naming the document (recordRepresentation: its file name).
      message: {
        delete_title: 'Delete the document "%{recordRepresentation}"?',
        delete_content: 'The file is erased from this partnership; the audit trail keeps a record that it was here and who deleted it.',
      },
      notifications: {
        deleted: 'Document deleted',
      },
      upload: {
        title: 'Upload a document',
        noFile: 'No file chosen',
        rules: 'PDF, DOCX, XLSX, PNG or JPEG, at most %{max}.',
        tooLarge: '%{name} is larger than %{max}, the most a document may be. Nothing was uploaded.',
        wrongType: '%{name} is not a PDF, DOCX, XLSX, PNG or JPEG file. Nothing was uploaded.',
        empty: '%{name} is empty. Nothing was uploaded.',
        uploaded: '%{name} uploaded',
      },
    },
  },
};

export const ms: typeof en = {
  resources: {
    documents: {
      name: 'Dokumen',
      fields: {
        id: 'ID',
        partnershipId: 'Perkongsian',
        category: 'Kategori',
        fileName: 'Fail',
        contentType: 'Jenis',
        size: 'Saiz',
        sha256: 'SHA-256',
        uploadedById: 'Dimuat naik oleh',
        uploadedByName: 'Dimuat naik oleh',
        uploadedAt: 'Dimuat naik pada',
        file: 'Fail',
      },
      category: {
        signed_agreement: 'Perjanjian yang ditandatangani',
        concept_note: 'Nota konsep',
        letter: 'Surat',
        report: 'Laporan',
        minutes: 'Minit mesyuarat',
        other: 'Lain-lain',
      },
      tab: 'Dokumen',
      none: 'Belum ada dokumen.',
      action: {
        download: 'Muat turun',
        downloadNamed: 'Muat turun %{name}',
        chooseFile: 'Pilih fail',
        upload: 'Muat naik',
        delete: 'Padam',
        deleteNamed: 'Padam %{name}',
      },
      message: {
        delete_title: 'Padam dokumen "%{recordRepresentation}"?',
        delete_content: 'Fail ini dihapuskan daripada perkongsian ini; jejak audit menyimpan rekod bahawa ia pernah ada dan siapa yang memadamnya.',
      },
      notifications: {
        deleted: 'Dokumen dipadam',
      },
      upload: {
        title: 'Muat naik dokumen',
        noFile: 'Tiada fail dipilih',
        rules: 'PDF, DOCX, XLSX, PNG atau JPEG, tidak melebihi %{max}.',
        tooLarge: '%{name} melebihi %{max}, saiz maksimum sesebuah dokumen. Tiada apa-apa dimuat naik.',
        wrongType: '%{name} bukan fail PDF, DOCX, XLSX, PNG atau JPEG. Tiada apa-apa dimuat naik.',
        empty: '%{name} kosong. Tiada apa-apa dimuat naik.',
        uploaded: '%{name} telah dimuat naik',
      },
    },
  },
};
