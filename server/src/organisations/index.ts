/** What the organisations feature offers the others: partnerships name organisations as their parties. */
export { OrganisationsModule } from './organisations.module';
export { OrganisationsService } from './organisations.service';
export { OrganisationReferences, type OrganisationReference } from './organisation-references';
export { unknownOrganisations } from './organisation-rules';
