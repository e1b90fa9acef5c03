import simpleRestProvider from 'ra-data-simple-rest';
import { httpClient } from './httpClient';

/**
 * The stock simple-REST provider: the server speaks its dialect (Content-Range, filter={"id":[…]}
 * for getMany, DELETE returns the record), so no custom methods are needed for plain CRUD.
 */
export const dataProvider = simpleRestProvider('/api', httpClient);
