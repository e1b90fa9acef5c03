/**
 * The server's sentences for people, in English: every error body's `message` and per-field
 * `errors`. `{name}` is a parameter; `{name:cap}` starts the sentence with it. messages.ms.ts is
 * typed by these keys, and messages.spec.ts fails when the two languages' placeholders differ.
 */
export const EN = {
  // Any route
  'error.internal': 'Something went wrong on our side. Nothing was changed. Quote request id {requestId} when reporting it.',
  'error.uniqueTaken': 'A record with the same unique value already exists.',
  'error.brokenLink': 'This change would break a link between records (something still refers to it, or it refers to something missing).',
  'error.unstorableValue':
    'A value in the request cannot be stored or searched for: a number out of range, a text too long, or a character that is not allowed.',
  'error.noRoute': 'There is no API route {method} {path}.',
  'error.noPage': 'There is no route {method} {path}.',
  'error.shuttingDown': 'The server is shutting down. Try again in a moment.',
  'error.noSourceMaps': 'Source maps are not served in production.',
  'error.databaseDown': 'The database is not reachable.',
  'error.idNotWhole': 'The id in the address must be a whole number.',
  'error.notFound': '{record:cap} {id} does not exist.',
  'error.jsonOnly': 'This route takes a JSON body, not multipart/form-data.',

  // Errors Fastify raises before a route runs
  'fastify.invalidJson': 'The request body is not valid JSON.',
  'fastify.emptyJson': 'The request body is empty, but its Content-Type says JSON: send a JSON body, or no Content-Type.',
  'fastify.mediaType': 'The server does not accept a body of this Content-Type here: send application/json (multipart/form-data for uploads).',
  'fastify.tooLarge': 'The request is too large for the server to accept.',
  'fastify.contentLength': 'The Content-Length header does not match the length of the body.',
  'fastify.badUrl': 'The address is not valid: it has a malformed %-escape.',
  'fastify.paramTooLong': 'The address is too long: a part of it is longer than any id or name the API takes.',
  'fastify.poisonedJson': 'The request body is not valid JSON, or it has a key the server refuses (__proto__).',

  // Validation of a body, a query or a path
  'validation.failed.one': 'Please correct this field: {fields}.',
  'validation.failed.many': 'Please correct these fields: {fields}.',
  'validation.required': '{field} is required',
  'validation.notEmpty': '{field} cannot be empty',
  'validation.unknownField': '{field} is not a field of this record',
  'validation.text': '{field} must be text',
  'validation.maxLength': '{field} must be at most {max} characters',
  'validation.minLength': '{field} must be at least {min} characters',
  'validation.length': '{field} must be {min} to {max} characters',
  'validation.eachLength': 'each of {field} must be {min} to {max} characters',
  'validation.wholeNumber': '{field} must be a whole number',
  'validation.number': '{field} must be a number',
  'validation.min': '{field} must be at least {min}',
  'validation.max': '{field} must be at most {max}',
  'validation.degrees': '{field} must be a number of degrees from {min} to {max}',
  'validation.boolean': '{field} must be true or false',
  'validation.list': '{field} must be a list',
  'validation.listMax': '{field} may have at most {max} items',
  'validation.listNotEmpty': '{field} needs at least one value',
  'validation.listUnique': '{field} must not repeat a value',
  'validation.object': '{field} must be an object',
  'validation.oneOf': '{field} must be one of: {values}',
  'validation.eachOneOf': 'each of {field} must be one of: {values}',
  'validation.id': '{field} must be the id of a {record}',
  'validation.date': '{field} must be a date like 30/06/2024, sent as 2024-06-30',
  'validation.realDate': '{field} must be a real calendar date',
  'validation.email': '{field} must be an email address',
  'validation.url': '{field} must be a full address starting with https://',
  'validation.countryCode': '{field} must be a two-letter ISO 3166-1 code such as MY or CN',
  'validation.username': '{field} must be 2 to 64 lower-case letters, digits, dots, dashes or underscores',
  'validation.sdgCode': '{field} must be official SDG target codes such as 17.16',
  'validation.invalid': '{field} is not valid',
  'validation.nul': '{field} must not contain the NUL character (U+0000)',
  'validation.surrogate': '{field} must be valid Unicode text: it holds half of a character (a lone UTF-16 surrogate)',
  'validation.keyNul': '{field} has a field name that must not contain the NUL character (U+0000)',
  'validation.keySurrogate': '{field} has a field name that must be valid Unicode text (it holds a lone UTF-16 surrogate)',
  'validation.tooDeep': 'The request body is nested too deeply: at most {max} levels of objects and lists.',
  'validation.versionRequired': "{field} is required: send the version you read, so nobody's change is overwritten",

  // Passwords
  'password.length': '{field} must be {min} to {max} characters',
  'password.repeated': '{field} must not be one character repeated',
  'password.common': '{field} is one of the most common passwords found in data breaches',
  'password.username': '{field} must not contain the username',
  'password.refused': 'The password is refused: {reason}.',

  // Signing in and sessions
  'auth.signInNeeded': 'Please sign in: your session is missing, has expired or was ended.',
  'auth.wrongCredentials': 'Wrong username or password.',
  'auth.enterCredentials': 'Enter a username and a password.',
  'auth.lockedUsername': 'Too many failed sign-ins for this username. Try again after {until}, or ask an administrator.',
  'auth.lockedAccount': 'Too many wrong passwords for this account. Try again after {until}, or ask an administrator.',
  'auth.throttledAddress': 'Too many sign-in attempts from your network address. Wait a minute, then try again.',
  'auth.samePassword': 'The new password must differ from the current one.',
  'auth.samePasswordField': 'must differ from the current password',
  'auth.wrongCurrentPassword': 'The current password is not right.',
  'auth.wrongCurrentPasswordField': 'is not your current password',
  'auth.sessionNotYours': 'Session {id} is not one of your open sessions: it may have ended already.',

  // Permissions
  'access.roleMayNot': 'Your role ({role}) may not {action} {resource}.',

  // Someone else changed the record
  'stale.changed': 'This {record} was changed by {who} at {time}. Reload to see the latest version, then make your change again.',
  'stale.someone': 'someone',
  'field.label': '{field}',

  // Upload refusals
  'upload.tooLarge': 'The file is larger than {max} MB, the most a document may be. Nothing was stored.',
  'upload.tooLargeField': 'at most {max} MB',
  'upload.oneFile': 'Send one file per upload.',
  'upload.oneFileField': 'only one file per upload',
  'upload.tooManyFields': 'The upload has too many fields: send partnershipId, category and one file.',
  'upload.multipartOnly': 'Upload a document as multipart/form-data.',
  'upload.multipartFields': 'Upload a document as multipart/form-data with the fields partnershipId, category and file.',
  'upload.unreadable': 'The upload could not be read as multipart/form-data: {detail}.',
  'upload.fileRequired': '{field} is required: attach one file ({accepted})',
  'upload.fileEmpty': 'the file is empty',
  'upload.notAField': '{field} is not a field of an upload',
  'upload.givenTwice': '{field} was given more than once',
  // The detection's own sentence is precise English (which part of which package); Malay readers get a sentence of their own before it.
  'upload.refused': '{detail}',
  'upload.nameConflict': '{detail}',
  'upload.fileAsFile': '{field} is not a field of an upload: send the file as "file"',
  'upload.fileNotText': '{field} must be a file part (with a file name), not a text field',

  // As-of views
  'asOf.invalid': '{field} needs a time like 2023-06-30T00:00:00Z, or a date like 2023-06-30 (meaning the end of that day, UTC).',
  'asOf.notYet': 'Partnership {id} did not exist yet on {asOf}: it was created on {createdAt}.',
  'asOf.noCreation': 'Partnership {id} does not exist, or the audit trail holds no record of its creation.',

  // Lists: sort, range and filter
  'list.once': '{field} must be given once, as JSON.',
  'list.json': '{field} is not valid JSON.',
  'list.sortShape': '{field} must look like ["field","ASC"].',
  'list.sortField': 'This list cannot be sorted by "{name}". Sortable fields: {fields}.',
  'list.sortOrder': 'The sort order must be "ASC" or "DESC".',
  'list.range': '{field} must look like [0,24]: two whole numbers from 0 to {max}, the first not above the second.',
  'list.filterObject': '{field} must be a JSON object.',
  'list.filterUnknown': 'This list cannot be filtered by "{name}". Filters: {filters}.',
  'list.filterDate': 'Filter {field} needs a date like 2024-06-30.',
  'list.filterInstant': 'Filter {field} needs a date like 2024-06-30 or a time like 2024-06-30T10:15:00Z.',
  'list.filterOne': 'Filter {field} takes one value, not a list.',
  'list.filterMany': 'Filter {field} takes at most {max} values.',
  'list.filterText': 'Filter {field} needs text.',
  'list.filterWhole': 'Filter {field} needs a whole number.',
  'list.filterBoolean': 'Filter {field} needs true or false.',

  // Calendar
  'calendar.reversed': '{to} ({toDate}) is before {from} ({fromDate}): give a range whose last day is on or after its first.',
  'calendar.tooLong':
    'The range from {fromDate} to {toDate} is {days} days; the calendar gives at most {max} days at a time. Ask for a shorter range.',

  // Users
  'users.usernameTaken': 'The username "{username}" is taken.',
  'users.usernameTakenField': 'is taken',
  'users.lastAdmin': 'This is the last active admin account: create or promote another admin first.',
  'users.ownRole': 'You cannot change your own role: another administrator must do it (separation of duties).',
  'users.ownerRule': 'The owner must be an active officer or manager.',
  'users.ownerRuleField': 'the owner must be an active officer or manager',

  // Partnerships
  'partnerships.archivedNoEdit': 'This partnership is archived and can no longer be edited.',
  'partnerships.alreadyArchived': 'This partnership is already archived.',
  'partnerships.statusNotDirect': 'The status cannot be edited directly: ask for a status change, which a manager approves.',
  'partnerships.statusThroughRequest': 'changes only through a status-change request',
  'partnerships.initialStatus': 'A new partnership starts as "{status}"; change its status afterwards with a status-change request.',
  'partnerships.cannotSave': 'The partnership cannot be saved: {problems}.',
  'partnerships.partyTwice': 'this organisation already has this role in the partnership',
  'partnerships.unknownOrganisation': 'organisation {id} does not exist',
  'partnerships.signedBeforeProposed': 'the signing date cannot be before the proposal date',
  'partnerships.expiresBeforeEffective': 'the expiry date cannot be before the date it takes effect',
  'partnerships.expiresBeforeSigned': 'the expiry date cannot be before the signing date',
  'partnerships.missing': 'Partnership {id} does not exist.',
  'partnerships.missingField': 'partnership {id} does not exist',
  'partnerships.archivedChild': 'Partnership {code} is archived: its {what} can no longer be changed.',
  'partnerships.archivedField': 'the partnership is archived',
  'partnerships.children.milestones': 'milestones',
  'partnerships.children.documents': 'documents',
  'partnerships.initialStatusField': 'must be {status} (or left out)',

  // Organisations
  'organisations.inUse': '{name} {inUse}, so it cannot be deleted: take it out of them first.',
  'organisations.parentOf': '{name} is the parent of {count} organisation(s) and cannot be deleted.',
  'organisations.loop': 'An organisation cannot sit under itself.',
  'organisations.loopField': 'would make a loop of parents',
  'organisations.missing': 'Organisation {id} does not exist.',
  'organisations.missingField': 'organisation {id} does not exist',
  'organisations.coordinates': 'Give both {given} and {missing}, or neither: one without the other places the organisation nowhere.',
  'organisations.coordinatesField': '{field} is needed with {other} (or clear both)',
  'organisations.partyOf': 'is a party to {count} partnership(s)',

  // Milestones
  'milestones.otherPartnership': 'A milestone cannot move to another partnership: add it there and cancel this one.',

  // Notifications
  'notifications.signedInOnly': 'Notifications belong to a signed-in user.',
  'notifications.missing': 'Notification {id} does not exist.',

  // SDG targets
  'sdg.missing': 'There is no SDG target {code}.',

  // Status-change requests
  'requests.noPartnership': 'Partnership {id} does not exist.',
  'requests.noPartnershipField': 'no such partnership',
  'requests.archived': 'This partnership is archived: its status can no longer change.',
  'requests.archivedField': 'archived',
  'requests.alreadyPending':
    'This partnership already has a pending status-change request: wait for its decision, or withdraw it first (request {id}: to {toStatus}, by {who} at {time}).',
  'requests.alreadyPendingShort': 'This partnership already has a pending status-change request: wait for its decision, or withdraw it first.',
  'requests.formerAdmin':
    'This account has held the admin role, so it never approves or rejects status-change requests (separation of duties): decide with a manager account that was never an admin.',
  'requests.ownRequest': 'You made this request yourself, so you cannot approve or reject it: another manager must decide it (four-eyes rule).',
  'requests.notDecider': 'Only a manager other than the requester may decide this request.',
  'requests.onlyRequester': 'Only the person who made this request ({who}) can withdraw it.',
  'requests.mayNotWithdraw': 'You may not withdraw this request.',
  'requests.requester': 'its requester',
  'requests.alreadyWithdrawn': 'This request was already withdrawn by {who}{when}; make a new request if the change is still needed.',
  'requests.alreadyApproved': 'This request was already approved by {who}{when}: a decision is final.',
  'requests.alreadyRejected': 'This request was already rejected by {who}{when}: a decision is final.',
  'requests.atTime': ' at {time}',
  'requests.stale':
    'The partnership changed since this request was made; review it again. It was last changed by {who} at {time} (version {version}; the request was made on version {baseVersion}). Reject this request, or ask the requester to withdraw it and make a new one.',
  'requests.cannotGoThen': 'A partnership cannot go from {from} to {to}. {then}',
  'requests.sentences': '{sentences}',
  'requests.canGo': 'From {from} a partnership can go to: {allowed}.',
  'requests.cannotChange': 'From {from} a partnership cannot change status any more.',
  'requests.mustBeOneOf': 'must be one of: {allowed}',
  'requests.noChangeFrom': 'no change is possible from {from}',
  'requests.requiredFor': '{field} is required for a change to {to}',
  'requests.needs': 'A change to {to} needs {fields}.',
  'requests.onlyFor': 'only for a change to {to}',
  'requests.onlyForSentence': '{field} goes only with a change to {to}.',
  'requests.signedInOnly': 'A status change must be requested by a signed-in user.',
} as const;

export type MessageKey = keyof typeof EN;
