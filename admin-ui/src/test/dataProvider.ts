import type { DataProvider } from 'react-admin';

/**
 * A data provider for component tests: every CRUD call answers nothing (an empty list, a record with
 * the id asked for), and `overrides` replace the calls a test is about, custom methods included.
 * For tests of the real provider's requests, use the app's dataProvider and stub `fetch` instead.
 */
export function fakeDataProvider<T extends object = object>(overrides: T = {} as T): DataProvider & T {
  const empty = async () => ({ data: [], total: 0 });
  const one = async (_resource: string, params: { id?: unknown; data?: object }) => ({ data: { id: params.id ?? 1, ...params.data } });
  return {
    getList: empty,
    getMany: async () => ({ data: [] }),
    getManyReference: empty,
    getOne: one,
    update: one,
    updateMany: async () => ({ data: [] }),
    create: one,
    delete: one,
    deleteMany: async () => ({ data: [] }),
    ...overrides,
  } as unknown as DataProvider & T;
}
