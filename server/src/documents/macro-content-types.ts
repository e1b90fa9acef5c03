/**
 * The content types that make an Office Open XML package carry code. Office decides what a part
 * is by the content type `[Content_Types].xml` gives it, not by its name, so a VBA project renamed
 * `foo.bin` still runs if it is declared as one. From Microsoft's Open Specifications: [MS-OFFMACRO2]
 * (Word's VBA project and supplemental data, the macro-enabled main parts), [MS-XLSB] §2.1.7 (Excel's
 * VBA project and its three signature parts), [MS-XLSX] (Excel 4.0 macro sheets) and [MS-OI29500]
 * (ActiveX controls). Key-map and toolbar customisations are not code and stay allowed.
 */
export const MACRO_CONTENT_TYPES: readonly string[] = [
  // The VBA project and its signatures.
  'application/vnd.ms-office.vbaProject',
  'application/vnd.ms-office.vbaProjectSignature',
  'application/vnd.ms-office.vbaProjectSignatureAgile',
  'application/vnd.ms-office.vbaProjectSignatureV3',
  'application/vnd.ms-word.vbaData+xml',
  // The main part of a macro-enabled document, template or add-in (.docm, .dotm, .xlsm, .xltm, .xlam, .xlsb).
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  // Excel 4.0 (XLM) macro sheets: macros without VBA.
  'application/vnd.ms-excel.macrosheet+xml',
  'application/vnd.ms-excel.intlmacrosheet+xml',
  'application/vnd.ms-excel.macrosheet',
  // ActiveX controls (code Office loads from the machine, driven by the document).
  'application/vnd.ms-office.activeX+xml',
  'application/vnd.ms-office.activeX',
];

/**
 * Also refused: a type of the same families the list above does not name yet (a new signature
 * version, a new macro-enabled variant). Better a false refusal than a macro let in.
 */
const MACRO_FAMILY = /vbaproject|vbadata|macroenabled|macrosheet|activex/i;

const KNOWN = new Set(MACRO_CONTENT_TYPES.map((type) => type.toLowerCase()));

/** Whether a declared content type is code (MIME types compare without case and parameters). */
export function isMacroContentType(contentType: string): boolean {
  const base = contentType.split(';')[0].trim().toLowerCase();
  return KNOWN.has(base) || MACRO_FAMILY.test(base);
}

export interface ContentTypeDeclaration {
  /** `Override PartName="/word/foo.bin"` or `Default Extension="bin"`. */
  part: string;
  contentType: string;
}

/**
 * Every `<Default>` and `<Override>` of a `[Content_Types].xml`, with entities decoded (an
 * attribute may spell `vba&#80;roject`). Read with a tolerant scan rather than an XML parser: only
 * these two elements and their attributes matter, and a malformed file is what an attacker sends.
 */
export function contentTypeDeclarations(xml: string): ContentTypeDeclaration[] {
  const declarations: ContentTypeDeclaration[] = [];
  for (const element of xml.matchAll(/<\s*(?:[\w.-]+:)?(Default|Override)\b([^>]*)>/gi)) {
    const attributes = attributesOf(element[2]);
    const contentType = attributes.contenttype;
    if (contentType === undefined) continue;
    const part = element[1].toLowerCase() === 'override' ? (attributes.partname ?? '?') : `*.${attributes.extension ?? '?'}`;
    declarations.push({ part, contentType });
  }
  return declarations;
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1].replace(/^.*:/, '').toLowerCase();
    attributes[name] = decodeEntities(match[2] ?? match[3]);
  }
  return attributes;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
