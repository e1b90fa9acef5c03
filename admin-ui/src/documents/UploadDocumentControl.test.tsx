import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from '../providers/dataProvider';
import { jsonResponse } from '../test/jsonResponse';
import { signInAs } from '../test/signIn';
import { TestAdmin } from '../test/TestAdmin';
import { UploadDocumentControl } from './UploadDocumentControl';

configure({ asyncUtilTimeout: 8000 });
afterEach(cleanup);
// An officer, signed in; the upload goes through the app's own data provider, so it is seen at fetch.
beforeEach(() => signInAs('officer', 2));

function renderControl() {
  render(
    <TestAdmin dataProvider={dataProvider}>
      <UploadDocumentControl partnershipId={7} />
    </TestAdmin>,
  );
}

/** A file that claims a size without holding the bytes (the check reads only `size`). */
function fileOfSize(name: string, size: number, type = 'application/pdf'): File {
  const file = new File(['%PDF-1.4\n'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

async function chooseCategory(name: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Category' }));
  fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name }));
}

describe('UploadDocumentControl', { timeout: 30000 }, () => {
  it('refuses a file over 20 MB before sending anything', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    renderControl();

    await chooseCategory('Signed agreement');
    fireEvent.change(screen.getByLabelText('Choose file'), { target: { files: [fileOfSize('signed-mou.pdf', 20 * 1024 * 1024 + 1)] } });

    expect((await screen.findByTestId('upload-problem')).textContent).toContain(
      'signed-mou.pdf is larger than 20 MB, the most a document may be. Nothing was uploaded.',
    );
    const upload = screen.getByRole('button', { name: 'Upload' }) as HTMLButtonElement;
    expect(upload.disabled).toBe(true);
    fireEvent.click(upload);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a type the server does not take, by its name', async () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    renderControl();

    fireEvent.change(screen.getByLabelText('Choose file'), { target: { files: [fileOfSize('notes.exe', 1000)] } });

    expect((await screen.findByTestId('upload-problem')).textContent).toContain('notes.exe is not a PDF, DOCX, XLSX, PNG or JPEG file.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts a file within the limit as multipart with the partnership and category', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ id: 3, fileName: 'concept.pdf' }, 201));
    vi.stubGlobal('fetch', fetchMock);
    renderControl();

    await chooseCategory('Concept note');
    fireEvent.change(screen.getByLabelText('Choose file'), { target: { files: [fileOfSize('concept.pdf', 20 * 1024 * 1024)] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/documents');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    const body = init?.body as FormData;
    expect(body.get('partnershipId')).toBe('7');
    expect(body.get('category')).toBe('concept_note');
    expect((body.get('file') as File).name).toBe('concept.pdf');
  });
});
