import { MAX_DOCUMENT_BYTES } from '@klch/shared';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize';
import { fileProblem } from './uploadRules';

describe('formatFileSize', () => {
  it('reads as people read sizes, in steps of 1024', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(820)).toBe('820 B');
    expect(formatFileSize(1536)).toBe('1.5 kB');
    expect(formatFileSize(MAX_DOCUMENT_BYTES)).toBe('20 MB');
    expect(formatFileSize(-1)).toBe('');
    expect(formatFileSize(1536, 'ms')).toMatch(/^1[.,]5 kB$/);
  });
});

describe('fileProblem', () => {
  const size = (bytes: number) => formatFileSize(bytes);

  it('lets through the accepted types up to exactly 20 MB', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.xlsx', 'd.png', 'e.jpg', 'f.jpeg']) {
      expect(fileProblem({ name, size: 10 }, size)).toBeNull();
    }
    expect(fileProblem({ name: 'big.pdf', size: MAX_DOCUMENT_BYTES }, size)).toBeNull();
  });

  it('refuses one byte more, another type, or an empty file', () => {
    expect(fileProblem({ name: 'big.pdf', size: MAX_DOCUMENT_BYTES + 1 }, size)?.message).toBe('resources.documents.upload.tooLarge');
    expect(fileProblem({ name: 'x.exe', size: 10 }, size)?.message).toBe('resources.documents.upload.wrongType');
    expect(fileProblem({ name: 'x.pdf', size: 0 }, size)?.message).toBe('resources.documents.upload.empty');
  });
});
