import simpleRestProvider from 'ra-data-simple-rest';
import { approvalMethods } from '../approvals/approvalsApi';
import { auditMethods } from '../audit/auditApi';
import { statusChangeMethods } from '../status-change/statusChangeApi';
import { httpClient } from './httpClient';

/**
 * The stock simple-REST provider: the server speaks its dialect (Content-Range, filter={"id":[…]}
 * for getMany, DELETE returns the record), so no custom methods are needed for plain CRUD.
 * Workflow calls beyond CRUD are custom methods spread on top, one group per feature folder;
 * components reach them with useDataProvider<TheirFeatureDataProvider>().
 */
export const dataProvider = {
  ...simpleRestProvider('/api', httpClient),
  ...approvalMethods(httpClient),
  ...auditMethods(httpClient),
  ...statusChangeMethods(httpClient),
};
